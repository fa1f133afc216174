CREATE TABLE notes (id int PRIMARY KEY, owner name DEFAULT current_user, body text);
ALTER TABLE notes FORCE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes USING (owner = current_user);
