CREATE TYPE mood AS ENUM ('a', 'b');
CREATE TABLE t (id int, m mood);
CREATE FUNCTION mf(mood) RETURNS int LANGUAGE sql AS 'SELECT 1';
