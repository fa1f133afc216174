-- Default privileges evolve: a grant gains WITH GRANT OPTION, some
-- entries move to quoted role names, sequences gain SELECT, functions lose the
-- PUBLIC default, and a per-schema entry for functions moves to another
-- role. The schema holding an entry is dropped.
CREATE SCHEMA reporting;
CREATE SCHEMA scratch;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO app_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA scratch GRANT ALL ON TABLES TO app_writer;
ALTER DEFAULT PRIVILEGES FOR ROLE app_writer GRANT USAGE ON SEQUENCES TO app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE app_writer IN SCHEMA reporting GRANT EXECUTE ON FUNCTIONS TO app_reader;
