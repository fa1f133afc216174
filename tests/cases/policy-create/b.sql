CREATE TABLE doc (id int, owner text, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_docs ON doc FOR SELECT TO app_reader USING (owner = current_user);
