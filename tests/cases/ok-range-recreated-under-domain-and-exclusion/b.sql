-- A custom range over numeric gains a SUBTYPE_DIFF (cannot be altered: re-created). A domain
-- over it (with a CHECK calling a function on the range), a column of that domain with a
-- gist exclusion constraint, a multirange column and a function returning the range follow.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE FUNCTION numeric_sub_diff(numeric, numeric) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT RETURN ($1 - $2)::float8;
CREATE TYPE price_band AS RANGE (SUBTYPE = numeric, SUBTYPE_DIFF = numeric_sub_diff);
CREATE FUNCTION band_width(price_band) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
  RETURN upper($1) - lower($1);
CREATE DOMAIN sane_band AS price_band CHECK (NOT isempty(VALUE) AND band_width(VALUE) <= 1000);
CREATE TABLE tariff (
  id int PRIMARY KEY,
  zone int NOT NULL,
  band sane_band NOT NULL,
  extra price_band_multirange,
  EXCLUDE USING gist (zone WITH =, band WITH &&)
);
CREATE FUNCTION widest_band() RETURNS price_band LANGUAGE sql STABLE
  AS $$ SELECT band FROM tariff ORDER BY band_width(band) DESC LIMIT 1 $$;
CREATE VIEW tariff_width AS SELECT id, band_width(band) AS w FROM tariff;
