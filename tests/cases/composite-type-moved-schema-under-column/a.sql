CREATE TYPE public.d AS (w int);
CREATE TABLE t (s public.d);
