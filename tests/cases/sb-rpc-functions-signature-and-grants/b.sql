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
CREATE TABLE public.countries (id int PRIMARY KEY, name text NOT NULL, continent text);
CREATE FUNCTION public.get_countries(p_continent text, p_limit int DEFAULT 100) RETURNS TABLE (id int, name text)
  LANGUAGE sql STABLE AS $$ SELECT c.id, c.name FROM public.countries c WHERE c.continent = p_continent ORDER BY c.name LIMIT p_limit $$;
CREATE FUNCTION public.hello(who text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello ' || who $$;
CREATE FUNCTION public.hello() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'hello' $$;
CREATE FUNCTION public.whoami() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = '' AS $$ SELECT auth.uid() $$;
REVOKE EXECUTE ON FUNCTION public.get_countries(text, int), public.whoami(), public.hello(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.get_countries(text, int) TO app_reader, app_writer;
GRANT EXECUTE ON FUNCTION public.whoami() TO app_writer, app_reader;
GRANT EXECUTE ON FUNCTION public.hello(text) TO "Mixed Role";
COMMENT ON FUNCTION public.get_countries(text, int) IS 'countries by continent';
