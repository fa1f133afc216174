CREATE TABLE doc (id int, owner text, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON doc AS RESTRICTIVE FOR UPDATE TO app_writer, app_reader USING (owner = current_user) WITH CHECK (body IS NOT NULL);
