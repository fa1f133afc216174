CREATE TABLE tenant (id int PRIMARY KEY);
CREATE TABLE invoice (
  id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100),
  tenant_id int NOT NULL REFERENCES tenant,
  issued date NOT NULL,
  amount numeric NOT NULL CONSTRAINT invoice_amount_nonneg CHECK (amount >= 0),
  CONSTRAINT invoice_pkey PRIMARY KEY (id, issued)
) PARTITION BY RANGE (issued);
CREATE TABLE invoice_2024 PARTITION OF invoice FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE invoice_rest PARTITION OF invoice DEFAULT;
CREATE INDEX invoice_tenant ON invoice (tenant_id);
ALTER TABLE invoice ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoice_tenant ON invoice USING (tenant_id = current_setting('app.tenant', true)::int);
GRANT SELECT ON invoice TO PUBLIC;
CREATE FUNCTION invoice_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invoice_stamp BEFORE INSERT ON invoice FOR EACH ROW EXECUTE FUNCTION invoice_stamp();
CREATE TABLE payment (id int PRIMARY KEY, invoice_id bigint NOT NULL, invoice_issued date NOT NULL,
  CONSTRAINT payment_invoice_fk FOREIGN KEY (invoice_id, invoice_issued) REFERENCES invoice ON DELETE CASCADE);
CREATE VIEW invoice_totals AS SELECT tenant_id, sum(amount) AS total FROM invoice GROUP BY tenant_id;
