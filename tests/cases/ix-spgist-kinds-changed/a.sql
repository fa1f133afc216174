CREATE TABLE places (id int PRIMARY KEY, loc point NOT NULL, addr inet, code text NOT NULL, area box);
CREATE INDEX places_loc ON places USING spgist (loc);
CREATE INDEX places_addr ON places USING spgist (addr);
CREATE INDEX places_code ON places USING spgist (code);
