CREATE TABLE public.scores (id int PRIMARY KEY, points int NOT NULL DEFAULT 0);
CREATE PUBLICATION supabase_realtime FOR TABLE public.scores WHERE (points > 0);
CREATE VIEW public.scores_feed WITH (security_invoker = true) AS SELECT id, points, 'realtime:scores'::text AS topic FROM public.scores;
