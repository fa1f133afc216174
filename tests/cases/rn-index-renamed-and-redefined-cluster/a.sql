CREATE TABLE public.events (id int PRIMARY KEY, at timestamptz NOT NULL, kind text NOT NULL, src text);
CREATE INDEX events_at ON public.events (at);
ALTER TABLE public.events CLUSTER ON events_at;
CREATE UNIQUE INDEX events_src_uq ON public.events (src) WHERE src IS NOT NULL;
CREATE INDEX events_kind ON public.events (kind);
