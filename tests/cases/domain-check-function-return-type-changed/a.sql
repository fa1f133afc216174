-- A domain check calls a function whose return type changes: the check is dropped before the function and added after it.
CREATE FUNCTION valid_code(x text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length(x) = 3 $$;
CREATE DOMAIN code3 AS text CHECK (valid_code(VALUE));
CREATE TABLE c (id int, code code3);
