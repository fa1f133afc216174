CREATE TABLE public.events (id int PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL, src text);
CREATE INDEX events_at_kind_idx ON public.events (at, kind);
ALTER TABLE public.events CLUSTER ON events_at_kind_idx;
CREATE UNIQUE INDEX events_src_key ON public.events (lower(src)) WHERE src IS NOT NULL;
CREATE INDEX events_kind_idx ON public.events (kind);
