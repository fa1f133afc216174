CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  title text NOT NULL,
  body text,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;
CREATE TRIGGER documents_set_updated_at BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION set_updated_at();
CREATE TABLE document_history (
  id bigserial PRIMARY KEY,
  document_id bigint NOT NULL,
  title text,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION documents_audit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO document_history (document_id, title) VALUES (OLD.id, OLD.title);
  RETURN NEW;
END $$;
CREATE TRIGGER documents_audit AFTER UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION documents_audit();
