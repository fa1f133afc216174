CREATE TYPE floatrange AS RANGE (subtype = numeric);
CREATE TABLE band (id int PRIMARY KEY, r floatrange, rs floatmultirange);
CREATE INDEX band_r ON band USING gist (r);
