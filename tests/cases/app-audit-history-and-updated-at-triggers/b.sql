CREATE SCHEMA history;
CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  body text,
  version int NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text
);
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  NEW.updated_by := current_user;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_set_updated_at BEFORE UPDATE ON documents FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION set_updated_at();
CREATE TABLE history.document_versions (
  id bigserial PRIMARY KEY,
  document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  version int NOT NULL,
  title text,
  body text,
  changed_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (document_id, version)
);
CREATE FUNCTION history.documents_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO history.document_versions (document_id, version, title, body) VALUES (OLD.id, OLD.version, OLD.title, OLD.body);
  NEW.version := OLD.version + 1;
  RETURN NEW;
END $$;
CREATE TRIGGER documents_audit BEFORE UPDATE OF title, body ON documents FOR EACH ROW EXECUTE FUNCTION history.documents_audit();
CREATE TABLE tags (id serial PRIMARY KEY, name text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now(), updated_by text);
CREATE TRIGGER tags_set_updated_at BEFORE UPDATE ON tags FOR EACH ROW EXECUTE FUNCTION set_updated_at();
