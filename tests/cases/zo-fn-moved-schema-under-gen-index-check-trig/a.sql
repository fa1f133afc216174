CREATE SCHEMA util;
CREATE FUNCTION public.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT lower(btrim(s)); END;
CREATE TABLE tag (
  id int PRIMARY KEY,
  raw text NOT NULL,
  slug text GENERATED ALWAYS AS (public.norm(raw)) STORED,
  CONSTRAINT tag_raw_nonblank CHECK (public.norm(raw) <> '')
);
CREATE UNIQUE INDEX tag_norm_uq ON tag (public.norm(raw));
CREATE FUNCTION tag_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.raw := NEW.raw || ''; RETURN NEW; END $$;
CREATE TRIGGER tag_touch BEFORE UPDATE ON tag FOR EACH ROW
  WHEN (public.norm(OLD.raw) IS DISTINCT FROM public.norm(NEW.raw)) EXECUTE FUNCTION tag_touch();
CREATE VIEW tag_list AS SELECT id, public.norm(raw) AS n FROM tag;
