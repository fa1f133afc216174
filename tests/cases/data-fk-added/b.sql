CREATE TABLE team (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE member (id int PRIMARY KEY, team_id int REFERENCES team ON DELETE SET NULL, name text NOT NULL);
CREATE INDEX member_team ON member (team_id);
