CREATE TABLE counter (name text PRIMARY KEY, n int NOT NULL);
CREATE PROCEDURE bump(k text) LANGUAGE sql
  AS $$ UPDATE counter SET n = n + 1 WHERE name = k $$;
CREATE PROCEDURE peek(k text) LANGUAGE sql
BEGIN ATOMIC SELECT n FROM counter WHERE name = k; END;
CREATE VIEW counter_peek AS SELECT name, n FROM counter;
