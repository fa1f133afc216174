-- A BEFORE UPDATE OF trigger with a WHEN clause watches two columns: one is dropped, the other is
-- retyped; the trigger's column list and WHEN follow; an AFTER statement trigger stays.
CREATE TABLE doc (id int PRIMARY KEY, status text NOT NULL DEFAULT 'draft', note text, version int NOT NULL DEFAULT 1);
CREATE FUNCTION doc_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$;
CREATE FUNCTION doc_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER doc_bump_t BEFORE UPDATE OF status, note ON doc FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.note IS DISTINCT FROM NEW.note) EXECUTE FUNCTION doc_bump();
CREATE TRIGGER doc_audit_t AFTER UPDATE ON doc FOR EACH STATEMENT EXECUTE FUNCTION doc_audit();
COMMENT ON TRIGGER doc_bump_t ON doc IS 'bump version on change';
