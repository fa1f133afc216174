CREATE TABLE public.audit_log_2023 (
  id integer NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  logged_at timestamptz NOT NULL,
  CONSTRAINT audit_log_2023_pkey PRIMARY KEY (id, logged_at),
  CONSTRAINT audit_log_2023_year CHECK (logged_at >= '2023-01-01 00:00:00+00' AND logged_at < '2024-01-01 00:00:00+00')
);
CREATE TABLE public.audit_log_2024 (
  id integer NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  logged_at timestamptz NOT NULL,
  CONSTRAINT audit_log_2024_pkey PRIMARY KEY (id, logged_at),
  CONSTRAINT audit_log_2024_year CHECK (logged_at >= '2024-01-01 00:00:00+00' AND logged_at < '2025-01-01 00:00:00+00')
);
CREATE VIEW public.audit_log AS
  SELECT id, actor, action, logged_at FROM public.audit_log_2023
  UNION ALL
  SELECT id, actor, action, logged_at FROM public.audit_log_2024;
CREATE INDEX audit_log_2023_actor_idx ON public.audit_log_2023 (actor);
CREATE INDEX audit_log_2024_actor_idx ON public.audit_log_2024 (actor);
GRANT SELECT ON public.audit_log TO app_reader;
