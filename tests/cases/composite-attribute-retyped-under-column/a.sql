-- A composite type whose attribute changes type while a table column holds values of it:
-- PostgreSQL refuses ALTER ATTRIBUTE ... TYPE then ("column c.home uses it").
CREATE TYPE addr AS (street varchar(100), zip int, note text);
COMMENT ON TYPE addr IS 'postal address';
COMMENT ON COLUMN addr.street IS 'street and number';
CREATE TABLE c (id int PRIMARY KEY, home addr, homes addr[]);
