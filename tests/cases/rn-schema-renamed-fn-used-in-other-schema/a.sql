CREATE SCHEMA util;
CREATE FUNCTION util.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN lower(btrim(t));
CREATE SEQUENCE util.ticket_no START 1000;
CREATE TYPE util.prio AS ENUM ('low', 'high');
CREATE TABLE util.lookup (code text PRIMARY KEY, label text);
CREATE FUNCTION util.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := true; RETURN NEW; END $$;
CREATE TABLE public.tickets (
  id int PRIMARY KEY,
  no bigint NOT NULL DEFAULT nextval('util.ticket_no'),
  title text NOT NULL CHECK (util.norm(title) <> ''),
  prio util.prio NOT NULL DEFAULT 'low',
  code text REFERENCES util.lookup (code),
  seen boolean NOT NULL DEFAULT false
);
CREATE INDEX tickets_norm_title ON public.tickets (util.norm(title));
CREATE TRIGGER tickets_touch BEFORE UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION util.touch();
CREATE VIEW public.ticket_titles AS SELECT id, util.norm(title) AS t, prio FROM public.tickets;
