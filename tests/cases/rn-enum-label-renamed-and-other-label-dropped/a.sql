CREATE TYPE public.job_state AS ENUM ('queued', 'running', 'done', 'obsolete');
CREATE TABLE public.jobs (
  id int PRIMARY KEY,
  state public.job_state NOT NULL DEFAULT 'queued',
  prev public.job_state,
  CONSTRAINT jobs_not_done_twice CHECK (prev IS DISTINCT FROM 'done' OR state <> 'done')
);
CREATE INDEX jobs_open ON public.jobs (id) WHERE state <> 'done';
CREATE VIEW public.finished_jobs AS SELECT id FROM public.jobs WHERE state = 'done';
CREATE FUNCTION public.is_final(s public.job_state) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s = 'done';
