CREATE TYPE public.status AS ENUM ('new', 'done');
CREATE TABLE public.status_log (id int, at date);
