-- Soft delete done with rules: DELETE on the table becomes an UPDATE (DO INSTEAD), an
-- archive copy is written (DO ALSO) and writes to a retired table are ignored (DO INSTEAD
-- NOTHING). Both the table and the archive table are renamed (hints), a column too; the
-- rules follow the OIDs, the rows stay.
CREATE TABLE document (id int PRIMARY KEY, content text, removed_at timestamptz);
CREATE TABLE document_history (doc_id int, body text, at timestamptz DEFAULT now());
CREATE TABLE doc_legacy (id int, body text);
CREATE RULE doc_soft_delete AS ON DELETE TO document
  DO INSTEAD UPDATE document SET removed_at = now() WHERE id = OLD.id;
CREATE RULE doc_keep_copy AS ON UPDATE TO document WHERE NEW.content IS DISTINCT FROM OLD.content
  DO ALSO INSERT INTO document_history (doc_id, body) VALUES (OLD.id, OLD.content);
CREATE RULE doc_legacy_ro AS ON INSERT TO doc_legacy DO INSTEAD NOTHING;
COMMENT ON RULE doc_soft_delete ON document IS 'never delete';
