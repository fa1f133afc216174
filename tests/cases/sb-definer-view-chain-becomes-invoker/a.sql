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
CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users, username text, bio text);
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_own ON public.profiles FOR SELECT TO app_writer USING (id = auth.uid());
CREATE VIEW public.user_directory AS SELECT p.id, p.username, u.email FROM public.profiles p JOIN auth.users u USING (id);
CREATE VIEW public.user_directory_names AS SELECT id, username FROM public.user_directory;
GRANT SELECT ON public.user_directory, public.user_directory_names TO app_reader, app_writer;
