CREATE TABLE doc (id int NOT NULL, title text NOT NULL, body text);
CREATE UNIQUE INDEX doc_id_ux ON doc (id) TABLESPACE schemad_ts1;
CREATE INDEX doc_title_lower ON doc (lower(title), id) WITH (fillfactor = 80) TABLESPACE schemad_ts1;
ALTER INDEX doc_title_lower ALTER COLUMN 1 SET STATISTICS 500;
ALTER TABLE doc CLUSTER ON doc_title_lower;
ALTER TABLE doc REPLICA IDENTITY USING INDEX doc_id_ux;
COMMENT ON INDEX doc_title_lower IS 'lookup by title';
COMMENT ON INDEX doc_id_ux IS 'identity';
