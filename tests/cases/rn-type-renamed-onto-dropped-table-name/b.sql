CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TABLE public.entry (id int, m public.mood);
