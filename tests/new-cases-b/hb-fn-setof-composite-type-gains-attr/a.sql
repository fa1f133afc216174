CREATE TYPE user_row AS (id int, name text);
CREATE TABLE users (id int PRIMARY KEY, name text, email text);
CREATE FUNCTION list_users() RETURNS SETOF user_row LANGUAGE sql STABLE
  AS 'SELECT id, name FROM users';
