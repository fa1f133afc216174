CREATE TABLE public.readings (ts timestamptz NOT NULL, value double precision NOT NULL) PARTITION BY RANGE (ts);
CREATE TABLE public.readings_2024_02 PARTITION OF public.readings FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE public.readings_2024_01 (ts timestamptz NOT NULL, value double precision NOT NULL);
