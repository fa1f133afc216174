CREATE TYPE address AS (street text, city text, "Zip Code" text, country text);
COMMENT ON COLUMN address.city IS 'the city, as the post writes it';
COMMENT ON COLUMN address."Zip Code" IS 'postal code';
COMMENT ON COLUMN address.country IS 'ISO 3166 code';
CREATE TYPE point3 AS (x float8, y float8, z float8);
COMMENT ON COLUMN point3.z IS 'height';
CREATE TYPE named AS (label text);
COMMENT ON COLUMN named.label IS 'shown to users';
