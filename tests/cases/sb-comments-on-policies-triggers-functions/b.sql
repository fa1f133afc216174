CREATE SCHEMA auth;
CREATE TABLE auth.users (
  id uuid PRIMARY KEY,
  email text UNIQUE,
  raw_user_meta_data jsonb DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.sub', true), '')::uuid $$;
CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('request.jwt.claim.role', true), '')::text $$;
CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE
  AS $$ SELECT coalesce(nullif(current_setting('request.jwt.claim', true), ''), nullif(current_setting('request.jwt.claims', true), ''))::jsonb $$;
GRANT USAGE ON SCHEMA auth TO app_reader, app_writer;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() TO app_reader, app_writer;
CREATE TABLE public.profiles (id uuid PRIMARY KEY, username text);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "read all" ON public.profiles FOR SELECT USING (true);
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER profiles_noop BEFORE INSERT ON public.profiles FOR EACH ROW EXECUTE FUNCTION public.noop();
COMMENT ON SCHEMA auth IS 'Auth schema (managed)';
COMMENT ON FUNCTION auth.jwt() IS 'Claims of the current request''s JWT';
COMMENT ON POLICY "read all" ON public.profiles IS 'everyone, including anon';
COMMENT ON TRIGGER profiles_noop ON public.profiles IS 'placeholder';
COMMENT ON CONSTRAINT profiles_pkey ON public.profiles IS 'one profile per user';
COMMENT ON INDEX auth.users_email_key IS 'unique login';
COMMENT ON COLUMN auth.users.raw_user_meta_data IS 'from signup';
