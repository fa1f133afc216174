CREATE FUNCTION norm_text(INOUT v text, OUT changed bool) LANGUAGE sql IMMUTABLE AS 'SELECT lower(trim(v)), lower(trim(v)) <> v';
CREATE TABLE emails (id int PRIMARY KEY, addr text CHECK (addr = (norm_text(addr)).v));
