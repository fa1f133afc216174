-- A range type over a domain; the domain's base type widens; a table holds the range and its
-- multirange, with a GiST index on the range.
CREATE DOMAIN minute_of_day AS int CHECK (VALUE BETWEEN 0 AND 1440);
CREATE TYPE minute_range AS RANGE (subtype = minute_of_day);
CREATE TABLE opening (id int PRIMARY KEY, hours minute_range NOT NULL, breaks minute_multirange);
CREATE INDEX opening_hours_idx ON opening USING gist (hours);
