CREATE TABLE ticket (id int PRIMARY KEY, status text NOT NULL, urgent boolean NOT NULL DEFAULT false);
CREATE TABLE ticket_audit (ticket_id int, at timestamptz DEFAULT now());
CREATE FUNCTION ticket_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO ticket_audit (ticket_id) VALUES (NEW.id); RETURN NULL; END $$;
CREATE TRIGGER ticket_escalated AFTER UPDATE ON ticket FOR EACH ROW
  WHEN (NEW.urgent AND NOT OLD.urgent) EXECUTE FUNCTION ticket_audit_fn();
CREATE TRIGGER ticket_closed AFTER UPDATE OF status ON ticket FOR EACH ROW
  WHEN (NEW.status = 'closed' AND OLD.urgent) EXECUTE FUNCTION ticket_audit_fn();
