CREATE SEQUENCE public.global_id START 1000;
CREATE TABLE public.a_items (id bigint PRIMARY KEY DEFAULT nextval('public.global_id'), v text);
CREATE TABLE public.b_items (id bigint PRIMARY KEY DEFAULT nextval('public.global_id'), w text);
