CREATE TYPE public.job_state AS ENUM ('queued', 'running', 'succeeded', 'failed');
CREATE TABLE public.jobs (
  id int PRIMARY KEY,
  state public.job_state NOT NULL DEFAULT 'queued',
  prev public.job_state,
  CONSTRAINT jobs_not_done_twice CHECK (prev IS DISTINCT FROM 'succeeded' OR state <> 'succeeded')
);
CREATE INDEX jobs_open ON public.jobs (id) WHERE state <> 'succeeded';
CREATE VIEW public.finished_jobs AS SELECT id FROM public.jobs WHERE state = 'succeeded';
CREATE FUNCTION public.is_final(s public.job_state) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN s = 'succeeded';
