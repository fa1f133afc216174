-- An enum is moved from public into a new "types" schema (dropped and re-created there),
-- while a column with a default, a function taking and returning it, and a view use it.
CREATE SCHEMA types;
CREATE TYPE types.priority AS ENUM ('low', 'normal', 'high');
CREATE TABLE public.job (id int PRIMARY KEY, prio types.priority NOT NULL DEFAULT 'normal');
CREATE FUNCTION public.bump(p types.priority) RETURNS types.priority LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE p WHEN 'low' THEN 'normal'::types.priority ELSE 'high'::types.priority END $$;
CREATE VIEW public.job_next AS SELECT id, public.bump(prio) AS next_prio FROM public.job;
COMMENT ON TYPE types.priority IS 'job priority';
