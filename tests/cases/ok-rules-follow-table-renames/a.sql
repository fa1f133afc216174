-- Soft delete done with rules: DELETE on the table becomes an UPDATE (DO INSTEAD), an
-- archive copy is written (DO ALSO) and writes to a retired table are ignored (DO INSTEAD
-- NOTHING). Both the table and the archive table are renamed (hints), a column too; the
-- rules follow the OIDs, the rows stay.
CREATE TABLE doc (id int PRIMARY KEY, body text, removed_at timestamptz);
CREATE TABLE doc_archive (doc_id int, body text, at timestamptz DEFAULT now());
CREATE TABLE doc_legacy (id int, body text);
CREATE RULE doc_soft_delete AS ON DELETE TO doc
  DO INSTEAD UPDATE doc SET removed_at = now() WHERE id = OLD.id;
CREATE RULE doc_keep_copy AS ON UPDATE TO doc WHERE NEW.body IS DISTINCT FROM OLD.body
  DO ALSO INSERT INTO doc_archive (doc_id, body) VALUES (OLD.id, OLD.body);
CREATE RULE doc_legacy_ro AS ON INSERT TO doc_legacy DO INSTEAD NOTHING;
COMMENT ON RULE doc_soft_delete ON doc IS 'never delete';
