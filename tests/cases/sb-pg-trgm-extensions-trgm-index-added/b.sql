CREATE SCHEMA extensions;
CREATE EXTENSION pg_trgm WITH SCHEMA extensions;
CREATE TABLE public.people (id int PRIMARY KEY, full_name text NOT NULL, email text);
CREATE INDEX people_name_idx ON public.people USING gin (lower(full_name) extensions.gin_trgm_ops);
CREATE INDEX people_email_trgm ON public.people USING gist (email extensions.gist_trgm_ops(siglen = 32)) WHERE email IS NOT NULL;
CREATE FUNCTION public.search_people(q text) RETURNS SETOF public.people LANGUAGE sql STABLE
  SET search_path = public, extensions
  AS $$ SELECT * FROM public.people WHERE lower(full_name) % lower(q) ORDER BY similarity(lower(full_name), lower(q)) DESC $$;
