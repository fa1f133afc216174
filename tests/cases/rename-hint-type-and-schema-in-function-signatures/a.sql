-- Functions whose signatures name a type that a hint renames, and a type in a schema that a
-- hint renames: their identities change with the type's name, yet nothing is dropped.
CREATE SCHEMA shop;
CREATE TYPE shop.mood AS ENUM ('ok', 'sad');
CREATE TYPE public.money_amount AS (units bigint, cents int);
CREATE TABLE shop.visits (id int PRIMARY KEY, m shop.mood, paid public.money_amount);
CREATE FUNCTION public.is_happy(m shop.mood) RETURNS boolean LANGUAGE sql IMMUTABLE
  AS $$ SELECT m = 'ok' $$;
CREATE FUNCTION public.total(a public.money_amount) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT (a).units * 100 + (a).cents $$;
CREATE FUNCTION public.moods() RETURNS SETOF shop.mood LANGUAGE sql STABLE
  AS $$ SELECT m FROM shop.visits $$;
COMMENT ON FUNCTION public.is_happy(shop.mood) IS 'true when ok';
GRANT EXECUTE ON FUNCTION public.total(public.money_amount) TO app_reader;
CREATE VIEW public.happy_visits AS SELECT id FROM shop.visits WHERE public.is_happy(m);
