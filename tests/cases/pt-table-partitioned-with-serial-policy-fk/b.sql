CREATE TABLE tenant (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE invoice (
  id bigserial NOT NULL,
  tenant_id int NOT NULL REFERENCES tenant,
  issued date NOT NULL DEFAULT '2025-01-01',
  amount numeric NOT NULL CHECK (amount >= 0),
  CONSTRAINT invoice_pkey PRIMARY KEY (id, issued)
) PARTITION BY RANGE (issued);
CREATE TABLE invoice_2024 PARTITION OF invoice FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoice_2025 PARTITION OF invoice FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE invoice_old PARTITION OF invoice DEFAULT;
CREATE INDEX invoice_tenant ON invoice (tenant_id);
COMMENT ON TABLE invoice IS 'billing documents';
ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoice_tenant ON invoice USING (tenant_id = current_setting('app.tenant', true)::int);
CREATE TABLE payment (id int PRIMARY KEY, invoice_id bigint NOT NULL, invoice_issued date NOT NULL,
  CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id, invoice_issued) REFERENCES invoice ON DELETE CASCADE);
CREATE VIEW invoice_totals AS SELECT tenant_id, sum(amount) AS total FROM invoice GROUP BY tenant_id;
