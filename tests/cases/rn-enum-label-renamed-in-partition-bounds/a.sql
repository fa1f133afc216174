CREATE TYPE public.job_state AS ENUM ('queued', 'running', 'done');
CREATE TABLE public.jobs (id int NOT NULL, state public.job_state NOT NULL, note text) PARTITION BY LIST (state);
CREATE TABLE public.jobs_active PARTITION OF public.jobs FOR VALUES IN ('queued', 'running');
CREATE TABLE public.jobs_done PARTITION OF public.jobs FOR VALUES IN ('done');
CREATE INDEX jobs_id_idx ON public.jobs (id);
