CREATE EXTENSION earthdistance CASCADE;
CREATE TABLE shop (id int PRIMARY KEY, lat float8 NOT NULL, lon float8 NOT NULL,
  area cube,
  lat_box cube GENERATED ALWAYS AS (cube(lat, lat + 1)) STORED);
CREATE INDEX shop_geo ON shop USING gist (ll_to_earth(lat, lon));
CREATE INDEX shop_area ON shop USING gist (area);
CREATE VIEW shop_near_origin AS SELECT id, earth_distance(ll_to_earth(0, 0), ll_to_earth(lat, lon)) AS m FROM shop;
