CREATE TABLE reading (id int PRIMARY KEY, val bigint, unit text);
CREATE FUNCTION reading_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER reading_changed BEFORE UPDATE ON reading FOR EACH ROW
  WHEN (OLD.val IS DISTINCT FROM NEW.val OR OLD.unit <> NEW.unit) EXECUTE FUNCTION reading_guard();
