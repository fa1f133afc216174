CREATE TABLE team (id int PRIMARY KEY);
CREATE TABLE player (id int PRIMARY KEY, team_id int, nick text);
CREATE INDEX player_nick_idx ON player (nick);
CREATE INDEX player_team_idx ON player (team_id);
