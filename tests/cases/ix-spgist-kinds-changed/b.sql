CREATE TABLE places (id int PRIMARY KEY, loc point NOT NULL, addr inet, code text NOT NULL, area box);
CREATE INDEX places_loc ON places USING spgist (loc kd_point_ops) WITH (fillfactor = 70);
CREATE INDEX places_addr ON places USING gist (addr inet_ops);
CREATE INDEX places_code ON places USING spgist (code) WHERE code <> '';
CREATE INDEX places_area ON places USING spgist (area);
