CREATE SCHEMA extensions;
GRANT USAGE ON SCHEMA extensions TO app_reader, app_writer;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;
CREATE EXTENSION pgcrypto WITH SCHEMA extensions;
CREATE TABLE public.api_keys (
  id uuid PRIMARY KEY DEFAULT extensions.uuid_generate_v4(),
  name text NOT NULL,
  token text NOT NULL DEFAULT encode(extensions.gen_random_bytes(24), 'hex'),
  token_hash text GENERATED ALWAYS AS (encode(extensions.digest(token, 'sha256'), 'hex')) STORED
);
CREATE UNIQUE INDEX api_keys_token_hash_idx ON public.api_keys (token_hash);
