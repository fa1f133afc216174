CREATE TABLE teams (id int PRIMARY KEY, slug text NOT NULL CONSTRAINT teams_slug_format CHECK (slug ~ '^[a-z0-9-]+$'));
CREATE UNIQUE INDEX teams_slug_key ON teams (slug);
CREATE TABLE people (
  id int PRIMARY KEY,
  team_id int CONSTRAINT people_team_fk REFERENCES teams(id) ON DELETE SET NULL,
  manager_id int CONSTRAINT people_manager_fk REFERENCES people(id) ON DELETE SET NULL DEFERRABLE INITIALLY DEFERRED,
  email text NOT NULL CONSTRAINT people_email_check CHECK (position('@' in email) > 1),
  age int CONSTRAINT people_age_check CHECK (age IS NULL OR age BETWEEN 0 AND 150)
);
CREATE TABLE assignments (
  person_id int NOT NULL REFERENCES people(id) ON DELETE RESTRICT,
  team_id int NOT NULL REFERENCES teams(id) ON DELETE NO ACTION DEFERRABLE,
  position int NOT NULL,
  PRIMARY KEY (person_id, team_id),
  CONSTRAINT assignments_team_position_key UNIQUE (team_id, position) DEFERRABLE INITIALLY DEFERRED
);
CREATE INDEX people_team_id ON people (team_id);
CREATE INDEX people_manager_id ON people (manager_id);
