CREATE TABLE ev (id int NOT NULL, kind text NOT NULL, at date NOT NULL, note text) PARTITION BY LIST (kind);
CREATE TABLE ev_web PARTITION OF ev FOR VALUES IN ('web');
CREATE TABLE ev_app PARTITION OF ev FOR VALUES IN ('app');
CREATE TABLE ev_other PARTITION OF ev DEFAULT;
CREATE FUNCTION ev_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.note := coalesce(NEW.note, 'x'); RETURN NEW; END $$;
-- the trigger now also fires on UPDATE and only for rows without a note
CREATE TRIGGER ev_touch BEFORE INSERT OR UPDATE OF note ON ev FOR EACH ROW WHEN (NEW.note IS NULL) EXECUTE FUNCTION ev_touch();
ALTER TABLE ev_web DISABLE TRIGGER ev_touch;
ALTER TABLE ev_app ENABLE REPLICA TRIGGER ev_touch;
ALTER TABLE ev_other ENABLE ALWAYS TRIGGER ev_touch;
