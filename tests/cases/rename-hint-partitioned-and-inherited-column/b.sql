CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL, category text) PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.logs (kind text, body text) PARTITION BY LIST (kind);
CREATE INDEX logs_k_idx ON public.logs (kind);
CREATE TABLE public.base (id integer, remark text);
CREATE TABLE public.child (extra integer) INHERITS (public.base);
