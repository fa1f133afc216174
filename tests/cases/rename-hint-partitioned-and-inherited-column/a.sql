CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, kind text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- A partitioned index ("ON ONLY" in its definition); without partitions, so no child index
-- is named after the old column.
CREATE TABLE public.logs (k text, body text) PARTITION BY LIST (k);
CREATE INDEX logs_k_idx ON public.logs (k);
CREATE TABLE public.base (id integer, note text);
CREATE TABLE public.child (extra integer) INHERITS (public.base);
