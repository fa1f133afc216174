CREATE TABLE public.t (id int PRIMARY KEY, a text, b text);
CREATE INDEX t_a_idx ON public.t (a);
CREATE UNIQUE INDEX t_b_key ON public.t (b);
ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a, id);
