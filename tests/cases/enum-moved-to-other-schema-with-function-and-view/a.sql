-- An enum is moved from public into a new "types" schema (dropped and re-created there),
-- while a column with a default, a function taking and returning it, and a view use it.
CREATE TYPE public.priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE public.job (id int PRIMARY KEY, prio public.priority NOT NULL DEFAULT 'normal');
CREATE FUNCTION public.bump(p public.priority) RETURNS public.priority LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE p WHEN 'low' THEN 'normal'::public.priority ELSE 'high'::public.priority END $$;
CREATE VIEW public.job_next AS SELECT id, public.bump(prio) AS next_prio FROM public.job;
COMMENT ON TYPE public.priority IS 'job priority';
