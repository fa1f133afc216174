CREATE TYPE floatspan AS RANGE (subtype = float8, multirange_type_name = floatspans);
CREATE TABLE band (id int PRIMARY KEY, span floatspan NOT NULL, gaps floatspans NOT NULL DEFAULT '{}');
CREATE FUNCTION covered(s floatspans, x float8) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s @> x;
CREATE VIEW band_hits AS SELECT id, covered(gaps, 1.5::float8) AS hit, upper(span) AS hi FROM band;
CREATE INDEX band_span ON band USING gist (span);
