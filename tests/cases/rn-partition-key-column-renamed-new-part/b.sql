CREATE TABLE public.events (
  id bigint NOT NULL,
  occurred_at timestamptz NOT NULL,
  kind text NOT NULL,
  payload text,
  PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);
CREATE TABLE public.events_y2023 PARTITION OF public.events FOR VALUES FROM ('2023-01-01 00:00+00') TO ('2024-01-01 00:00+00');
CREATE TABLE public.events_y2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE public.events_y2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE INDEX events_kind_idx ON public.events (kind, occurred_at);
CREATE TABLE public.tags (
  id int NOT NULL,
  area text NOT NULL,
  tag text
) PARTITION BY LIST (lower(area));
CREATE TABLE public.tags_eu PARTITION OF public.tags FOR VALUES IN ('eu');
CREATE TABLE public.tags_us PARTITION OF public.tags FOR VALUES IN ('us');
