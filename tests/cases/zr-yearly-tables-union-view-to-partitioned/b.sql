CREATE TABLE public.audit_log (
  id bigint NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  logged_at timestamptz NOT NULL,
  CONSTRAINT audit_log_pkey PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);
CREATE TABLE public.audit_log_2023 (
  id bigint NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  logged_at timestamptz NOT NULL,
  CONSTRAINT audit_log_2023_pkey PRIMARY KEY (id, logged_at),
  CONSTRAINT audit_log_2023_year CHECK (logged_at >= '2023-01-01 00:00:00+00' AND logged_at < '2024-01-01 00:00:00+00')
);
CREATE TABLE public.audit_log_2024 (
  id bigint NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  logged_at timestamptz NOT NULL,
  CONSTRAINT audit_log_2024_pkey PRIMARY KEY (id, logged_at),
  CONSTRAINT audit_log_2024_year CHECK (logged_at >= '2024-01-01 00:00:00+00' AND logged_at < '2025-01-01 00:00:00+00')
);
CREATE INDEX audit_log_2023_actor_idx ON public.audit_log_2023 (actor);
CREATE INDEX audit_log_2024_actor_idx ON public.audit_log_2024 (actor);
ALTER TABLE public.audit_log ATTACH PARTITION public.audit_log_2023 FOR VALUES FROM ('2023-01-01 00:00:00+00') TO ('2024-01-01 00:00:00+00');
ALTER TABLE public.audit_log ATTACH PARTITION public.audit_log_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE public.audit_log_2025 PARTITION OF public.audit_log FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');
CREATE INDEX audit_log_actor_idx ON public.audit_log (actor);
GRANT SELECT ON public.audit_log TO app_reader;
