CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'invoicing';
CREATE TABLE billing.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id integer NOT NULL,
  amount_cents bigint NOT NULL,
  tax_cents bigint NOT NULL DEFAULT 0,
  total_cents bigint GENERATED ALWAYS AS (amount_cents + tax_cents) STORED,
  status text NOT NULL DEFAULT 'open',
  CONSTRAINT invoices_amount_positive CHECK (amount_cents > 0)
);
COMMENT ON TABLE billing.invoices IS 'one per billing period';
COMMENT ON COLUMN billing.invoices.amount_cents IS 'before tax';
COMMENT ON COLUMN billing.invoices.total_cents IS 'amount plus tax';
COMMENT ON CONSTRAINT invoices_amount_positive ON billing.invoices IS 'no zero invoices';
CREATE INDEX invoices_amount_idx ON billing.invoices (tenant_id, amount_cents DESC);
COMMENT ON INDEX billing.invoices_amount_idx IS 'largest invoices per tenant';
CREATE INDEX invoices_total_idx ON billing.invoices (total_cents) WHERE status = 'open';
COMMENT ON INDEX billing.invoices_total_idx IS 'open totals';
CREATE STATISTICS billing.invoices_tenant_amount (dependencies) ON tenant_id, amount_cents FROM billing.invoices;
COMMENT ON STATISTICS billing.invoices_tenant_amount IS 'planner hint';
CREATE FUNCTION billing.flag_large() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.status := 'review'; RETURN NEW; END $$;
CREATE TRIGGER invoices_flag_large BEFORE INSERT OR UPDATE OF amount_cents ON billing.invoices FOR EACH ROW WHEN (NEW.amount_cents > 1000000) EXECUTE FUNCTION billing.flag_large();
COMMENT ON TRIGGER invoices_flag_large ON billing.invoices IS 'large invoices need review';
ALTER TABLE billing.invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_small ON billing.invoices FOR SELECT TO app_reader USING (amount_cents < 500000);
COMMENT ON POLICY invoices_small ON billing.invoices IS 'readers see small invoices only';
GRANT SELECT (id, tenant_id, amount_cents, total_cents, status) ON billing.invoices TO app_reader;
GRANT UPDATE (amount_cents, tax_cents) ON billing.invoices TO app_writer;
CREATE VIEW billing.open_invoices AS SELECT id, tenant_id, amount_cents, total_cents FROM billing.invoices WHERE status = 'open';
COMMENT ON VIEW billing.open_invoices IS 'unpaid';
COMMENT ON COLUMN billing.open_invoices.total_cents IS 'what the customer owes';
GRANT SELECT ON billing.open_invoices TO app_reader;
CREATE MATERIALIZED VIEW billing.tenant_totals AS SELECT tenant_id, sum(total_cents) AS total_cents, max(amount_cents) AS max_amount FROM billing.invoices GROUP BY tenant_id;
CREATE UNIQUE INDEX tenant_totals_tenant ON billing.tenant_totals (tenant_id);
COMMENT ON INDEX billing.tenant_totals_tenant IS 'for REFRESH CONCURRENTLY';
COMMENT ON MATERIALIZED VIEW billing.tenant_totals IS 'nightly';
COMMENT ON COLUMN billing.tenant_totals.max_amount IS 'largest single invoice';
GRANT SELECT ON billing.tenant_totals TO app_reader;
