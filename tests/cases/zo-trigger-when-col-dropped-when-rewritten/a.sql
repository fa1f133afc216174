CREATE TABLE ticket (id int PRIMARY KEY, status text NOT NULL, priority int NOT NULL DEFAULT 0, urgent boolean NOT NULL DEFAULT false);
CREATE TABLE ticket_audit (ticket_id int, at timestamptz DEFAULT now());
CREATE FUNCTION ticket_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ticket_audit (ticket_id) VALUES (NEW.id); RETURN NULL; END $$;
CREATE TRIGGER ticket_escalated AFTER UPDATE ON ticket FOR EACH ROW
  WHEN (NEW.priority > OLD.priority AND NEW.priority >= 5) EXECUTE FUNCTION ticket_audit_fn();
CREATE TRIGGER ticket_closed AFTER UPDATE OF status ON ticket FOR EACH ROW
  WHEN (NEW.status = 'closed' AND OLD.priority > 0) EXECUTE FUNCTION ticket_audit_fn();
