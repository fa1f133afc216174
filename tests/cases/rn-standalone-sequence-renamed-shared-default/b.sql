CREATE SEQUENCE public.object_id_seq START 1000;
CREATE TABLE public.a_items (id bigint PRIMARY KEY DEFAULT nextval('public.object_id_seq'), v text);
CREATE TABLE public.b_items (id bigint PRIMARY KEY DEFAULT nextval('public.object_id_seq'), w text);
