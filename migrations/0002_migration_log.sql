-- Append-only record of every change to schemaservice.migrations. History compares the two:
-- a row deleted or edited by hand (status, checksum) disagrees with the log and is reported,
-- not trusted.
CREATE TABLE schemaservice.migration_log (
  id          bigserial   PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT clock_timestamp(),
  project     text        NOT NULL,
  version     text        NOT NULL,
  -- The row's status after the change: running | applied | failed | rolled_back.
  status      text        NOT NULL,
  checksum    text        NOT NULL,
  -- apply | rollback | resolve | baseline
  action      text        NOT NULL,
  caller      text        NOT NULL,
  request_id  text,
  -- SHA-256 of the row's up and down SQL as written: a down_sql edited by hand is noticed
  -- (Rollback runs the stored down SQL).
  sql_hash    text        NOT NULL
);
CREATE INDEX migration_log_project_version ON schemaservice.migration_log (project, version, id);

CREATE FUNCTION schemaservice.migration_log_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'schemaservice.migration_log is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER migration_log_append_only
  BEFORE UPDATE OR DELETE ON schemaservice.migration_log
  FOR EACH ROW EXECUTE FUNCTION schemaservice.migration_log_append_only();
CREATE TRIGGER migration_log_no_truncate
  BEFORE TRUNCATE ON schemaservice.migration_log
  FOR EACH STATEMENT EXECUTE FUNCTION schemaservice.migration_log_append_only();

-- The event log refused UPDATE and DELETE, but not TRUNCATE.
CREATE TRIGGER events_no_truncate
  BEFORE TRUNCATE ON schemaservice.events
  FOR EACH STATEMENT EXECUTE FUNCTION schemaservice.events_append_only();
