CREATE TYPE floatspan AS RANGE (subtype = float4, multirange_type_name = floatspans);
CREATE TABLE band (id int PRIMARY KEY, span floatspan NOT NULL, gaps floatspans NOT NULL DEFAULT '{}');
CREATE FUNCTION covered(s floatspans, x float4) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s @> x;
CREATE VIEW band_hits AS SELECT id, covered(gaps, 1.5::float4) AS hit, upper(span) AS hi FROM band;
CREATE INDEX band_span ON band USING gist (span);
