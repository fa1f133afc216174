-- earthdistance arrives; it requires cube, which moves from public to an
-- extensions schema in the same release, and a table gets an earth column and
-- a view over earth_distance. Back: earthdistance goes, cube stays behind.
CREATE EXTENSION cube;
CREATE TABLE shops (id int PRIMARY KEY, lat float8 NOT NULL, lon float8 NOT NULL, box cube);
