CREATE SCHEMA extensions;
GRANT USAGE ON SCHEMA extensions TO app_reader, app_writer;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE TABLE public.api_keys (
  id uuid PRIMARY KEY DEFAULT extensions.uuid_generate_v4(),
  name text NOT NULL,
  token text NOT NULL DEFAULT md5(random()::text)
);
