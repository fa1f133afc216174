CREATE SCHEMA store;
CREATE TYPE store.mood AS ENUM ('ok', 'sad');
CREATE TYPE public.amount AS (units bigint, cents int);
CREATE TABLE store.visits (id int PRIMARY KEY, m store.mood, paid public.amount);
CREATE FUNCTION public.is_happy(m store.mood) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT m = 'ok' $$;
CREATE FUNCTION public.total(a public.amount) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT (a).units * 100 + (a).cents $$;
CREATE FUNCTION public.moods() RETURNS SETOF store.mood LANGUAGE sql STABLE
  AS $$ SELECT m FROM store.visits $$;
COMMENT ON FUNCTION public.is_happy(store.mood) IS 'true when ok';
GRANT EXECUTE ON FUNCTION public.total(public.amount) TO app_reader;
CREATE VIEW public.happy_visits AS SELECT id FROM store.visits WHERE public.is_happy(m);
