CREATE FUNCTION numeric_sub_diff(numeric, numeric) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT RETURN ($1 - $2)::float8;
CREATE TYPE band AS RANGE (SUBTYPE = numeric, SUBTYPE_DIFF = numeric_sub_diff);
CREATE FUNCTION band_width(band) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN upper($1) - lower($1);
CREATE DOMAIN sane_band AS band CHECK (band_width(VALUE) <= 1000);
CREATE TABLE tariff (band sane_band);
