-- Default privileges for tables and functions in an app schema change; schema usage
-- is granted with grant option; EXECUTE is revoked from PUBLIC by default for new functions.
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT ON TABLES TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT USAGE ON SEQUENCES TO app_writer;
GRANT USAGE ON SCHEMA app TO app_reader;
CREATE TABLE app.thing (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text);
