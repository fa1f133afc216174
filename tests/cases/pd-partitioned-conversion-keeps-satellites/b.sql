-- A table becomes partitioned; everything hanging off it must come back on the
-- new table: column grants and comments, statistics targets, storage and
-- compression, a trigger enabled ALWAYS, replica identity, publication
-- membership with a column list, a policy, a view and its grant.
CREATE TABLE audit_trail (
  id bigint NOT NULL,
  at date NOT NULL,
  actor text NOT NULL,
  detail text,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE audit_trail_2024 PARTITION OF audit_trail FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE audit_trail_rest PARTITION OF audit_trail DEFAULT;
ALTER TABLE audit_trail ALTER COLUMN actor SET STATISTICS 500;
ALTER TABLE audit_trail ALTER COLUMN detail SET STORAGE EXTERNAL;
ALTER TABLE audit_trail ALTER COLUMN detail SET COMPRESSION pglz;
COMMENT ON TABLE audit_trail IS 'who did what';
COMMENT ON COLUMN audit_trail.actor IS 'login name';
GRANT SELECT (id, at, actor) ON audit_trail TO app_reader;
GRANT INSERT ON audit_trail TO app_writer;
CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER audit_guard BEFORE UPDATE ON audit_trail FOR EACH ROW EXECUTE FUNCTION audit_guard();
ALTER TABLE audit_trail ENABLE ALWAYS TRIGGER audit_guard;
ALTER TABLE audit_trail REPLICA IDENTITY FULL;
ALTER TABLE audit_trail ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_own ON audit_trail FOR SELECT TO app_reader USING (actor = current_user);
CREATE PUBLICATION audit_pub FOR TABLE audit_trail (id, at, actor) WITH (publish_via_partition_root = true);
CREATE VIEW recent_audit AS SELECT id, at, actor FROM audit_trail WHERE at > date '2024-01-01';
GRANT SELECT ON recent_audit TO app_reader;
