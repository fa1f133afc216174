CREATE FUNCTION public.fmt_int(n int) RETURNS text LANGUAGE sql IMMUTABLE RETURN 'N' || n;
CREATE FUNCTION public.fmt(t text) RETURNS text LANGUAGE sql IMMUTABLE RETURN 'T' || t;
CREATE TABLE public.x (id int PRIMARY KEY, a text GENERATED ALWAYS AS (public.fmt_int(id)) STORED, b text CHECK (public.fmt(b) <> 'T'));
