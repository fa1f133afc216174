CREATE FUNCTION norm_text(INOUT v text) LANGUAGE sql IMMUTABLE AS 'SELECT lower(trim(v))';
CREATE TABLE emails (id int PRIMARY KEY, addr text CHECK (addr = norm_text(addr)));
