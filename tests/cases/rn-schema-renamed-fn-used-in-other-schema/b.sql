CREATE SCHEMA helpers;
CREATE FUNCTION helpers.norm(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT RETURN lower(btrim(t));
CREATE SEQUENCE helpers.ticket_no START 1000;
CREATE TYPE helpers.prio AS ENUM ('low', 'high');
CREATE TABLE helpers.codes (code text PRIMARY KEY, label text);
CREATE FUNCTION helpers.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := true; RETURN NEW; END $$;
CREATE TABLE public.tickets (
  id int PRIMARY KEY,
  no bigint NOT NULL DEFAULT nextval('helpers.ticket_no'),
  title text NOT NULL CHECK (helpers.norm(title) <> ''),
  prio helpers.prio NOT NULL DEFAULT 'low',
  code text REFERENCES helpers.codes (code),
  seen boolean NOT NULL DEFAULT false
);
CREATE INDEX tickets_norm_title ON public.tickets (helpers.norm(title));
CREATE TRIGGER tickets_touch BEFORE UPDATE ON public.tickets FOR EACH ROW EXECUTE FUNCTION helpers.touch();
CREATE VIEW public.ticket_titles AS SELECT id, helpers.norm(title) AS t, prio FROM public.tickets;
