CREATE TABLE public.events (at date);
