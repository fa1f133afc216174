CREATE SCHEMA realtime;
CREATE TABLE realtime.subscription (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, entity regclass NOT NULL, claims jsonb NOT NULL);
CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL DEFAULT 0);
CREATE PUBLICATION supabase_realtime FOR TABLES IN SCHEMA realtime, TABLE public.scores;
CREATE FUNCTION realtime.to_topic(t regclass) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'realtime:' || t::text $$;
CREATE VIEW public.scores_feed WITH (security_invoker = true) AS SELECT id, points, realtime.to_topic('public.scores'::regclass) AS topic FROM public.scores;
