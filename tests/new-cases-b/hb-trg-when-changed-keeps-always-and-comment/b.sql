CREATE TABLE docs (id int PRIMARY KEY, body text, version int NOT NULL DEFAULT 1);
CREATE FUNCTION bump_version() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.version := OLD.version + 1; RETURN NEW; END$$;
CREATE TRIGGER docs_bump BEFORE UPDATE ON docs FOR EACH ROW WHEN (OLD.body IS DISTINCT FROM NEW.body) EXECUTE FUNCTION bump_version();
ALTER TABLE docs ENABLE ALWAYS TRIGGER docs_bump;
COMMENT ON TRIGGER docs_bump ON docs IS 'version counter';
