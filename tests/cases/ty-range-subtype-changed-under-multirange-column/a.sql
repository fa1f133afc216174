CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);
CREATE TABLE band (id int PRIMARY KEY, r floatrange, rs floatmultirange);
CREATE INDEX band_r ON band USING gist (r);
