CREATE TABLE doc (id int, owner text, body text);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION can_see(o text, extra int DEFAULT 0) RETURNS boolean LANGUAGE sql STABLE AS 'SELECT o = current_user';
CREATE POLICY p ON doc USING (can_see(owner));
