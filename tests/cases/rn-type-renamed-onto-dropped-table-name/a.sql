CREATE TABLE public.mood (id int);
CREATE TYPE public.feeling AS ENUM ('happy', 'sad');
CREATE TABLE public.entry (id int, m public.feeling);
