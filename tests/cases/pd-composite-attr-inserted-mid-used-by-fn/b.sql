-- A composite type returned by a function gets a new attribute in the middle;
-- row constructors and ROW(...)::type casts depend on attribute order, so an
-- appended attribute would not be the same type.
CREATE TYPE address AS (street text, postcode text, city text, country char(2));
CREATE FUNCTION make_address(s text, c text, k char(2)) RETURNS address LANGUAGE sql IMMUTABLE
  AS $$ SELECT ROW(s, NULL, c, k)::address $$;
CREATE TABLE sites (id int PRIMARY KEY, name text);
