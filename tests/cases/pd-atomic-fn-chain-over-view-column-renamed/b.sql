-- A view renames an output column (CREATE OR REPLACE VIEW cannot), while a
-- BEGIN ATOMIC function reads that column, a second atomic function calls the
-- first, a policy on another table calls the second, and a default uses it.
CREATE TABLE members (id int PRIMARY KEY, org int NOT NULL, role text NOT NULL);
CREATE VIEW admins AS SELECT id AS user_id, org FROM members WHERE role = 'admin';
CREATE FUNCTION is_admin(m int, o int) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT EXISTS (SELECT 1 FROM admins a WHERE a.user_id = m AND a.org = o);
END;
CREATE FUNCTION can_edit(m int, o int) RETURNS boolean LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT is_admin(m, o) OR m = 0;
END;
CREATE TABLE docs (id int PRIMARY KEY, org int NOT NULL, editor int NOT NULL,
  editable boolean DEFAULT can_edit(0, 0));
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_edit ON docs FOR UPDATE USING (can_edit(editor, org));
