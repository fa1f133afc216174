CREATE TABLE public.events (
  id bigint NOT NULL,
  occurred timestamptz NOT NULL,
  kind text NOT NULL,
  payload text,
  PRIMARY KEY (id, occurred)
) PARTITION BY RANGE (occurred);
CREATE TABLE public.events_2023 PARTITION OF public.events FOR VALUES FROM ('2023-01-01 00:00+00') TO ('2024-01-01 00:00+00');
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE public.events_other PARTITION OF public.events DEFAULT;
CREATE INDEX events_kind_idx ON public.events (kind, occurred);
CREATE TABLE public.tags (
  id int NOT NULL,
  region text NOT NULL,
  tag text
) PARTITION BY LIST (lower(region));
CREATE TABLE public.tags_eu PARTITION OF public.tags FOR VALUES IN ('eu');
CREATE TABLE public.tags_us PARTITION OF public.tags FOR VALUES IN ('us');
