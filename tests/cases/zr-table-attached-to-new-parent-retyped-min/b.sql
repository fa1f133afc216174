CREATE TABLE public.events (ts date NOT NULL, v bigint NOT NULL) PARTITION BY RANGE (ts);
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
