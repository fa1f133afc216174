CREATE SCHEMA app;
CREATE TABLE app.t (id int PRIMARY KEY, v text);
CREATE SEQUENCE app.s;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW app.v AS SELECT id FROM app.t;
GRANT SELECT ON app.t TO app_reader;
-- The owner gave up its own rights on the sequence: b.sql gives them back.
REVOKE UPDATE, USAGE ON SEQUENCE app.s FROM CURRENT_USER;
