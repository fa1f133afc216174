CREATE SCHEMA util;
CREATE FUNCTION util.norm(s text) RETURNS text LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT lower(btrim(s)); END;
CREATE TABLE tag (
  id int PRIMARY KEY,
  raw text NOT NULL,
  slug text GENERATED ALWAYS AS (util.norm(raw)) STORED,
  CONSTRAINT tag_raw_nonblank CHECK (util.norm(raw) <> '')
);
CREATE UNIQUE INDEX tag_norm_uq ON tag (util.norm(raw));
CREATE FUNCTION tag_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.raw := NEW.raw || ''; RETURN NEW; END $$;
CREATE TRIGGER tag_touch BEFORE UPDATE ON tag FOR EACH ROW
  WHEN (util.norm(OLD.raw) IS DISTINCT FROM util.norm(NEW.raw)) EXECUTE FUNCTION tag_touch();
CREATE VIEW tag_list AS SELECT id, util.norm(raw) AS n FROM tag;
