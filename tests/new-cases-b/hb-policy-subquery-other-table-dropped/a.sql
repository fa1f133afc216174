CREATE TABLE team_members (team_id int, member name);
CREATE TABLE projects (id int PRIMARY KEY, team_id int NOT NULL, name text);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_team ON projects USING (team_id IN (SELECT team_id FROM team_members WHERE member = current_user));
