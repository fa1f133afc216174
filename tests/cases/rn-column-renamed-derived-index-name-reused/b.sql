CREATE TABLE public.t (id int PRIMARY KEY, c text, b text);
CREATE INDEX t_c_idx ON public.t (c);
-- the freed names are reused for other definitions
CREATE INDEX t_a_idx ON public.t (b, c);
ALTER TABLE public.t ADD CONSTRAINT t_c_key UNIQUE (c, id);
CREATE UNIQUE INDEX t_b_key ON public.t (b);
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (b, id);
