CREATE SCHEMA "Geo Ext";
CREATE EXTENSION earthdistance SCHEMA "Geo Ext" CASCADE;
CREATE SCHEMA "Geo"
  CREATE TABLE "Near Places" (id int PRIMARY KEY, place_id int, km float8)
  CREATE VIEW close_ones AS SELECT id, place_id FROM "Near Places" WHERE km < 5
  GRANT SELECT ON close_ones TO app_reader;
CREATE TABLE places (id int PRIMARY KEY, lat float8, lon float8);
CREATE VIEW place_cubes AS SELECT id, "Geo Ext".cube(lat) AS c FROM places;
