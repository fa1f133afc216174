-- earthdistance requires cube (CREATE EXTENSION ... CASCADE); cube moves 1.2 -> 1.5 under it while an expression gist index,
-- a view and a function use earthdistance (whose earth type is a domain over cube). Back: no downgrade path, so both go and come again.
CREATE EXTENSION cube VERSION '1.5';
CREATE EXTENSION earthdistance CASCADE;
CREATE TABLE store (id int PRIMARY KEY, lat float8 NOT NULL, lon float8 NOT NULL);
CREATE INDEX store_geo ON store USING gist (ll_to_earth(lat, lon));
CREATE FUNCTION km_between(a store, b store) RETURNS float8 LANGUAGE sql STABLE
  RETURN earth_distance(ll_to_earth(a.lat, a.lon), ll_to_earth(b.lat, b.lon)) / 1000;
CREATE VIEW store_near_paris AS SELECT id FROM store WHERE earth_box(ll_to_earth(48.85, 2.35), 10000) @> ll_to_earth(lat, lon);
