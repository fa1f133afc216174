-- earthdistance arrives; it requires cube, which moves from public to an
-- extensions schema in the same release, and a table gets an earth column and
-- a view over earth_distance. Back: earthdistance goes, cube stays behind.
CREATE SCHEMA extensions;
CREATE EXTENSION cube SCHEMA extensions;
CREATE EXTENSION earthdistance SCHEMA extensions;
CREATE TABLE shops (id int PRIMARY KEY, lat float8 NOT NULL, lon float8 NOT NULL, box extensions.cube,
  pos extensions.earth);
CREATE VIEW shop_pairs AS SELECT a.id AS a_id, b.id AS b_id, extensions.earth_distance(a.pos, b.pos) AS d FROM shops a, shops b WHERE a.id < b.id;
