CREATE TABLE quota (id int PRIMARY KEY, tenant bigint NOT NULL, used int NOT NULL);
CREATE VIEW quota_by_tenant AS SELECT tenant, sum(used) AS used FROM quota GROUP BY tenant;
CREATE FUNCTION tenant_used(t bigint) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC SELECT coalesce((SELECT used FROM quota_by_tenant WHERE tenant = t), 0); END;
ALTER TABLE quota ADD CONSTRAINT quota_cap CHECK (tenant_used(tenant) < 1000000);
ALTER TABLE quota ENABLE ROW LEVEL SECURITY;
CREATE POLICY quota_under_cap ON quota USING (tenant_used(tenant) >= 0);
