CREATE FUNCTION valid_code(text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT length($1) = 3 $$;
