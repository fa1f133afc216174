CREATE TABLE public.events_old (id bigint PRIMARY KEY, body text);
CREATE TABLE public.events (id bigint PRIMARY KEY, body text, kind text);
