CREATE TABLE counter (name text PRIMARY KEY, n int NOT NULL);
CREATE FUNCTION bump(k text) RETURNS int LANGUAGE sql
  AS $$ UPDATE counter SET n = n + 1 WHERE name = k RETURNING n $$;
CREATE FUNCTION peek(k text) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT n FROM counter WHERE name = k; END;
CREATE VIEW counter_peek AS SELECT name, peek(name) AS n FROM counter;
