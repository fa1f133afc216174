CREATE TABLE scores (id int PRIMARY KEY, player text NOT NULL, points int NOT NULL);
CREATE FUNCTION my_rank() RETURNS bigint LANGUAGE internal WINDOW IMMUTABLE STRICT PARALLEL SAFE COST 2 AS 'window_rank';
CREATE VIEW leaderboard AS SELECT player, points, my_rank() OVER (ORDER BY points DESC) AS r FROM scores;
