CREATE TABLE public.t (id int PRIMARY KEY, b text, c text);
CREATE INDEX t_b_idx ON public.t (b);
