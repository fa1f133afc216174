DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zp_reader') THEN CREATE ROLE zp_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zp_auditor') THEN CREATE ROLE zp_auditor NOLOGIN; END IF;
END $$;
CREATE TABLE claim (id bigint NOT NULL, tenant int NOT NULL, filed date NOT NULL, amount numeric, note text) PARTITION BY RANGE (filed);
CREATE TABLE claim_2024 PARTITION OF claim FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE claim_2025 PARTITION OF claim FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
GRANT SELECT (id, tenant, filed) ON claim TO zp_reader;
GRANT SELECT, UPDATE (note) ON claim_2024 TO zp_auditor;
ALTER TABLE claim ENABLE ROW LEVEL SECURITY;
CREATE POLICY claim_tenant ON claim TO zp_reader USING (tenant = current_setting('app.tenant', true)::int);
ALTER TABLE claim_2024 ENABLE ROW LEVEL SECURITY;
ALTER TABLE claim_2024 FORCE ROW LEVEL SECURITY;
CREATE POLICY claim_2024_audit ON claim_2024 FOR SELECT TO zp_auditor USING (amount > 100);
COMMENT ON POLICY claim_2024_audit ON claim_2024 IS 'auditors see large claims of the closed year';
