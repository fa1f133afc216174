CREATE TABLE public.messages (id serial PRIMARY KEY, body text);
CREATE TABLE public.counters (id bigint PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE SEQUENCE public.ticket_seq START 1000;
GRANT USAGE, SELECT ON SEQUENCE public.messages_id_seq TO app_writer;
GRANT SELECT ON SEQUENCE public.messages_id_seq TO app_reader;
GRANT USAGE ON SEQUENCE public.ticket_seq TO app_writer;
GRANT SELECT, INSERT ON public.messages TO app_writer;
