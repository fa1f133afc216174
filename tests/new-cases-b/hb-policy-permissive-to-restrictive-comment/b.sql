CREATE TABLE notes (id int PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_notes ON notes AS RESTRICTIVE FOR ALL TO app_reader, "o'brien" USING (owner = current_user);
COMMENT ON POLICY own_notes ON notes IS 'only own rows';
