CREATE TABLE public.m (
  id int GENERATED ALWAYS AS IDENTITY,
  at date NOT NULL,
  region text NOT NULL,
  v int,
  PRIMARY KEY (id, at, region)
) PARTITION BY RANGE (at);
CREATE TABLE public.m_2024 PARTITION OF public.m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE public.m_2024_eu PARTITION OF public.m_2024 FOR VALUES IN ('eu');
CREATE TABLE public.m_2024_rest PARTITION OF public.m_2024 DEFAULT;
ALTER TABLE public.m_2024_eu ADD CONSTRAINT m_2024_eu_v_pos CHECK (v > 0);
CREATE INDEX m_2024_eu_v_idx ON public.m_2024_eu (v);
CREATE TABLE public.m_old (id int NOT NULL, region text NOT NULL, at date NOT NULL, v int);
ALTER TABLE public.m ATTACH PARTITION public.m_old FOR VALUES FROM ('2000-01-01') TO ('2024-01-01');
ALTER TABLE public.m_old ALTER COLUMN id SET DEFAULT 0;
CREATE TABLE public.m_refs (id int, at date, region text, note text,
  FOREIGN KEY (id, at, region) REFERENCES public.m (id, at, region));
CREATE VIEW public.m_recent AS SELECT id, at, v FROM public.m WHERE at >= '2024-01-01';
GRANT SELECT ON public.m_2024_eu TO PUBLIC;
COMMENT ON TABLE public.m_2024_rest IS 'everything not eu';
