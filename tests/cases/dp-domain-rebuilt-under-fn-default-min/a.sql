CREATE DOMAIN code AS varchar(10);
CREATE FUNCTION new_code() RETURNS code LANGUAGE sql RETURN md5(random()::text)::varchar(8);
CREATE TABLE t (c code DEFAULT new_code());
