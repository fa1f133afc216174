CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE usage_records (
  tenant_id bigint NOT NULL REFERENCES tenants (id),
  recorded_on date NOT NULL,
  metric text NOT NULL,
  quantity bigint NOT NULL DEFAULT 0,
  note text,
  PRIMARY KEY (tenant_id, recorded_on, metric)
) PARTITION BY LIST (tenant_id);
ALTER TABLE usage_records ALTER COLUMN metric SET STATISTICS 500;
ALTER TABLE usage_records ALTER COLUMN note SET STORAGE EXTERNAL;
CREATE TABLE usage_records_t1 PARTITION OF usage_records FOR VALUES IN (1);
CREATE TABLE usage_records_rest PARTITION OF usage_records DEFAULT;
ALTER TABLE usage_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY usage_tenant ON usage_records USING (tenant_id = current_setting('app.tenant', true)::bigint);
CREATE FUNCTION usage_for(p_metric text) RETURNS SETOF usage_records LANGUAGE sql STABLE AS $$ SELECT * FROM usage_records WHERE metric = p_metric $$;
CREATE FUNCTION usage_total(r usage_records) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT r.quantity $$;
CREATE VIEW big_usage AS SELECT tenant_id, metric, quantity FROM usage_records WHERE quantity > 100 WITH CASCADED CHECK OPTION;
GRANT SELECT ON big_usage TO app_reader;
GRANT EXECUTE ON FUNCTION usage_for(text) TO app_reader;
