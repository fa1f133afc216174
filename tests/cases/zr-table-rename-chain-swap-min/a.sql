CREATE TABLE public.events (id bigint PRIMARY KEY, body text);
CREATE TABLE public.events_new (id bigint PRIMARY KEY, body text, kind text);
