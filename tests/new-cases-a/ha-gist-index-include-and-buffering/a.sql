CREATE TABLE places (id int PRIMARY KEY, name text, loc point);
CREATE INDEX places_loc ON places USING gist (loc);
