CREATE TABLE team (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE member (id int PRIMARY KEY, team_id int, name text NOT NULL);
