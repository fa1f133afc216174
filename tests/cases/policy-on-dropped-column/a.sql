CREATE TABLE d (id int, owner text);
ALTER TABLE d ENABLE ROW LEVEL SECURITY;
CREATE POLICY p ON d USING (owner = current_user);
