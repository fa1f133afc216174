CREATE TABLE team (id int PRIMARY KEY);
CREATE TABLE player (id int PRIMARY KEY, team_id int REFERENCES team, nick text);
CREATE INDEX player_team_idx ON player (team_id) TABLESPACE schemad_ts1;
