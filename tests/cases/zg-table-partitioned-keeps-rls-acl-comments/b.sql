DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE audit_log (
  id bigint NOT NULL,
  tenant int NOT NULL,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  detail jsonb,
  CONSTRAINT audit_log_pkey PRIMARY KEY (id, at),
  CONSTRAINT audit_actor_nonempty CHECK (actor <> '')
) PARTITION BY RANGE (at);
CREATE TABLE audit_log_2025 PARTITION OF audit_log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE audit_log_rest PARTITION OF audit_log DEFAULT;
CREATE INDEX audit_log_tenant_idx ON audit_log (tenant, at);
CREATE FUNCTION audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.actor := lower(NEW.actor); RETURN NEW; END $$;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_stamp();
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_tenant ON audit_log AS PERMISSIVE FOR ALL TO zg_reader, zg_writer
  USING (tenant = current_setting('app.tenant', true)::int);
CREATE POLICY audit_no_future ON audit_log AS RESTRICTIVE FOR INSERT TO zg_writer
  WITH CHECK (at <= now());
COMMENT ON TABLE audit_log IS 'append-only audit trail';
COMMENT ON COLUMN audit_log.detail IS 'free-form payload';
COMMENT ON CONSTRAINT audit_actor_nonempty ON audit_log IS 'no anonymous actions';
COMMENT ON CONSTRAINT audit_log_pkey ON audit_log IS 'key with the time';
COMMENT ON INDEX audit_log_tenant_idx IS 'per-tenant scans';
COMMENT ON TRIGGER audit_log_stamp ON audit_log IS 'normalise the actor';
COMMENT ON POLICY audit_tenant ON audit_log IS 'tenant isolation';
COMMENT ON POLICY audit_no_future ON audit_log IS 'no back-dating forward';
GRANT SELECT, INSERT ON audit_log TO zg_writer;
GRANT SELECT (id, tenant, at, actor) ON audit_log TO zg_reader;
GRANT TRUNCATE, REFERENCES, TRIGGER ON audit_log TO zg_lead WITH GRANT OPTION;
REVOKE UPDATE, DELETE ON audit_log FROM CURRENT_USER;
