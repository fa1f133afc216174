CREATE TABLE users (id int PRIMARY KEY, name text, active bool);
CREATE VIEW active_users AS SELECT id, active, name FROM users WHERE active;
CREATE FUNCTION active_names() RETURNS SETOF text LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT name FROM active_users ORDER BY id;
END;
