CREATE SCHEMA storage;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO app_reader, app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO app_reader, app_writer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO app_reader, app_writer;
GRANT USAGE ON SCHEMA public TO app_reader, app_writer;
CREATE TABLE public.items (id bigserial PRIMARY KEY, name text);
