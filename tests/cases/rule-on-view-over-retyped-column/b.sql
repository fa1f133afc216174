-- A view with a DO INSTEAD rule and a policy-protected base table; the base column the rule
-- writes is widened, so the view and its rule are re-created around the change.
CREATE TABLE note (id int PRIMARY KEY, body varchar(500) NOT NULL, owner name NOT NULL DEFAULT current_user);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_owner ON note USING (owner = current_user);
CREATE VIEW my_notes WITH (security_invoker = true) AS SELECT id, body FROM note;
CREATE RULE my_notes_upd AS ON UPDATE TO my_notes DO INSTEAD UPDATE note SET body = NEW.body WHERE id = OLD.id;
COMMENT ON RULE my_notes_upd ON my_notes IS 'edit body only';
