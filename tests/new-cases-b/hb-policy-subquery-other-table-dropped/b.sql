CREATE TABLE projects (id int PRIMARY KEY, team_id int NOT NULL, name text);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_team ON projects USING (team_id = current_setting('app.team_id', true)::int);
