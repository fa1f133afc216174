CREATE TABLE public.t (id int PRIMARY KEY, a text, c text);
CREATE INDEX t_a_idx ON public.t (a);
CREATE INDEX t_b_idx ON public.t (c);
