CREATE TABLE teams (org_id int NOT NULL, id int NOT NULL, PRIMARY KEY (org_id, id));
CREATE TABLE members (org_id int NOT NULL, id int NOT NULL, team_id int DEFAULT 0, PRIMARY KEY (org_id, id),
  FOREIGN KEY (org_id, team_id) REFERENCES teams ON DELETE SET DEFAULT (team_id));
