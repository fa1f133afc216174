-- Policies lose a USING or WITH CHECK clause (ALTER POLICY cannot remove one),
-- change their command or permissiveness (needs re-creation) and change their
-- role list (ALTER POLICY ... TO) in one release.
CREATE TABLE docs (id int PRIMARY KEY, owner_name text NOT NULL DEFAULT current_user, locked boolean NOT NULL DEFAULT false, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_update ON docs FOR UPDATE TO app_writer
  WITH CHECK (NOT locked);
CREATE POLICY docs_insert ON docs FOR INSERT TO app_writer, "Mixed Role" WITH CHECK (owner_name = current_user);
CREATE POLICY docs_all ON docs FOR ALL TO PUBLIC USING (NOT locked);
CREATE POLICY docs_read ON docs AS RESTRICTIVE FOR SELECT TO PUBLIC USING (true);
CREATE POLICY "docs guard" ON docs AS RESTRICTIVE FOR UPDATE USING (NOT locked);
