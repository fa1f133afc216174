CREATE FUNCTION valid_code(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) = 3 $$;
CREATE DOMAIN code AS text CHECK (valid_code(VALUE));
CREATE TABLE t (c code);
