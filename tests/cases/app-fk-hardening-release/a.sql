CREATE TABLE teams (id int PRIMARY KEY, slug text NOT NULL);
CREATE TABLE people (
  id int PRIMARY KEY,
  team_id int,
  manager_id int,
  email text NOT NULL,
  age int
);
CREATE TABLE assignments (
  person_id int NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  team_id int NOT NULL REFERENCES teams(id) ON DELETE CASCADE,
  position int NOT NULL,
  PRIMARY KEY (person_id, team_id)
);
CREATE INDEX people_team_id ON people (team_id);
