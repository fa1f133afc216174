-- A domain default calls a function whose return type changes: the default is dropped before the function and set after it.
CREATE FUNCTION def_code() RETURNS bigint LANGUAGE sql AS $$ SELECT 1::bigint $$;
CREATE DOMAIN code_d AS bigint DEFAULT def_code();
CREATE TABLE c (id int, code code_d);
