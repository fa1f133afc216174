CREATE TYPE address AS (street text, city text, "Zip Code" text);
COMMENT ON COLUMN address.street IS 'street and number';
COMMENT ON COLUMN address.city IS 'old comment';
CREATE TYPE point3 AS (x float8, y float8);
