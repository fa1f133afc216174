-- A domain check calls a function whose return type changes: the check is dropped before the function and added after it.
CREATE FUNCTION valid_code(x text) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT length(x) $$;
CREATE DOMAIN code3 AS text CHECK (valid_code(VALUE) = 3);
CREATE TABLE c (id int, code code3);
