CREATE TABLE docs (id int PRIMARY KEY, owner name NOT NULL DEFAULT current_user, locked bool NOT NULL DEFAULT false);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs FOR SELECT USING (owner = current_user);
