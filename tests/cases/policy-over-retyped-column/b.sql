CREATE TABLE doc (id bigint, owner text, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON doc USING (id > 0);
