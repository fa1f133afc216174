CREATE TYPE public.job_status AS ENUM ('queued', 'running', 'finished');
CREATE TABLE public.jobs (id int NOT NULL, state public.job_status NOT NULL, note text) PARTITION BY LIST (state);
CREATE TABLE public.jobs_active PARTITION OF public.jobs FOR VALUES IN ('queued', 'running');
CREATE TABLE public.jobs_finished PARTITION OF public.jobs FOR VALUES IN ('finished');
CREATE INDEX jobs_id_idx ON public.jobs (id);
