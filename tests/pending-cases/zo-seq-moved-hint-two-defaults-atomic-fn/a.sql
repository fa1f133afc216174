CREATE SCHEMA ids;
CREATE SEQUENCE public.global_id START 100;
CREATE TABLE thing_a (id bigint PRIMARY KEY DEFAULT nextval('public.global_id'), v text);
CREATE TABLE thing_b (id bigint PRIMARY KEY DEFAULT nextval('public.global_id'), w text);
CREATE FUNCTION peek_id() RETURNS bigint LANGUAGE sql VOLATILE
BEGIN ATOMIC SELECT nextval('public.global_id'::regclass); END;
CREATE VIEW id_state AS SELECT last_value, is_called FROM public.global_id;
