-- Policies with a subquery on a membership table whose key column is retyped (int -> bigint);
-- a restrictive policy is added, roles change, FORCE ROW LEVEL SECURITY is turned on.
CREATE TABLE team_member (team_id int NOT NULL, member name NOT NULL, PRIMARY KEY (team_id, member));
CREATE TABLE project (id int PRIMARY KEY, team_id int NOT NULL, archived boolean NOT NULL DEFAULT false, title text);
ALTER TABLE project ENABLE ROW LEVEL SECURITY;
CREATE POLICY project_team ON project FOR SELECT TO app_reader
  USING (team_id IN (SELECT tm.team_id FROM team_member tm WHERE tm.member = current_user));
CREATE POLICY project_write ON project FOR UPDATE TO app_writer
  USING (team_id IN (SELECT tm.team_id FROM team_member tm WHERE tm.member = current_user))
  WITH CHECK (NOT archived);
GRANT SELECT ON project TO app_reader;
GRANT SELECT, UPDATE ON project TO app_writer;
