-- Default privileges evolve: a grant gains WITH GRANT OPTION, some
-- entries move to quoted role names, sequences gain SELECT, functions lose the
-- PUBLIC default, and a per-schema entry for functions moves to another
-- role. The schema holding an entry is dropped.
CREATE SCHEMA reporting;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO app_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT INSERT ON TABLES TO app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE app_writer GRANT USAGE, SELECT ON SEQUENCES TO app_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE app_writer REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE "Mixed Role" IN SCHEMA reporting GRANT EXECUTE ON FUNCTIONS TO app_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE "o'brien" GRANT USAGE ON TYPES TO "Mixed Role";
