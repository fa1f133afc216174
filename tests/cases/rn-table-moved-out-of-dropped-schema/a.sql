CREATE SCHEMA legacy;
CREATE TYPE legacy.kind AS ENUM ('a', 'b');
CREATE TABLE legacy.things (
  id bigserial PRIMARY KEY,
  k legacy.kind NOT NULL DEFAULT 'a',
  label text
);
CREATE TABLE legacy.junk (x int);
CREATE FUNCTION legacy.helper() RETURNS int LANGUAGE sql RETURN 1;
