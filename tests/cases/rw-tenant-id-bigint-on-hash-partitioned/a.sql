CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE usage_totals (tenant_id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE TABLE usage_records (
  id bigint GENERATED ALWAYS AS IDENTITY,
  tenant_id integer NOT NULL REFERENCES tenants (id),
  recorded_on date NOT NULL,
  metric text NOT NULL,
  quantity bigint NOT NULL DEFAULT 0,
  unit_price_cents integer NOT NULL DEFAULT 1,
  cost_cents bigint GENERATED ALWAYS AS (quantity * unit_price_cents) STORED,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, recorded_on, metric)
) PARTITION BY HASH (tenant_id);
COMMENT ON TABLE usage_records IS 'metered usage';
CREATE TABLE usage_records_p0 PARTITION OF usage_records FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE usage_records_p1 PARTITION OF usage_records FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX usage_records_metric_idx ON usage_records (metric, recorded_on);
CREATE TABLE usage_adjustments (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL,
  usage_id bigint NOT NULL,
  delta bigint NOT NULL,
  FOREIGN KEY (tenant_id, usage_id) REFERENCES usage_records (tenant_id, id) ON DELETE CASCADE
);
CREATE FUNCTION bump_usage_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO usage_totals AS t (tenant_id, n) VALUES (NEW.tenant_id, NEW.quantity)
  ON CONFLICT (tenant_id) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END $$;
CREATE TRIGGER usage_records_total AFTER INSERT ON usage_records FOR EACH ROW EXECUTE FUNCTION bump_usage_total();
CREATE VIEW usage_by_tenant AS SELECT tenant_id, metric, sum(quantity) AS total, sum(cost_cents) AS cost_cents FROM usage_records GROUP BY tenant_id, metric;
GRANT SELECT ON usage_records, usage_by_tenant TO app_reader;
GRANT INSERT ON usage_records TO app_writer;
