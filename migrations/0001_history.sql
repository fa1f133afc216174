-- The service's own history schema, created in every target database on first use.
-- What was applied where lives inside the target itself, so every schemad replica sees the
-- same truth and a history row commits in the same transaction as the change it records.

CREATE TABLE schemaservice.migrations (
  project      text        NOT NULL,
  version      text        NOT NULL,
  message      text        NOT NULL DEFAULT '',
  checksum     text        NOT NULL,
  up_sql       text        NOT NULL,
  -- The down SQL as applied: Rollback uses this, even if the file changed later.
  down_sql     text        NOT NULL,
  status       text        NOT NULL
               CHECK (status IN ('running', 'applied', 'failed', 'rolled_back')),
  applied_by   text        NOT NULL,
  request_id   text,
  started_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
  finished_at  timestamptz,
  duration_ms  bigint,
  error        text,
  -- Backend pid and schemad instance of a 'running' row: a dead owner means outcome unknown.
  owner_pid    integer,
  owner        text,
  PRIMARY KEY (project, version)
);

-- Append-only log of every mutating call and its outcome.
CREATE TABLE schemaservice.events (
  id           bigserial   PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT clock_timestamp(),
  project      text        NOT NULL,
  environment  text        NOT NULL,
  operation    text        NOT NULL,
  caller       text        NOT NULL,
  request_id   text,
  outcome      text        NOT NULL,
  detail       text        NOT NULL DEFAULT ''
);
CREATE INDEX events_project_at ON schemaservice.events (project, at DESC);

CREATE FUNCTION schemaservice.events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'schemaservice.events is append-only (% refused)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER events_append_only
  BEFORE UPDATE OR DELETE ON schemaservice.events
  FOR EACH ROW EXECUTE FUNCTION schemaservice.events_append_only();
