-- One column is both renamed (hint) and retyped (text -> int) while a view,
-- a policy, a partial index, a trigger's UPDATE OF list and a publication
-- column list all name it; another column is renamed only.
CREATE TABLE invoices (
  id int PRIMARY KEY,
  cust_ref text NOT NULL,
  amt numeric(12,2) NOT NULL,
  paid boolean NOT NULL DEFAULT false
);
CREATE INDEX invoices_open_by_customer ON invoices (cust_ref) WHERE NOT paid;
CREATE VIEW open_invoices AS SELECT id, cust_ref, amt FROM invoices WHERE NOT paid;
ALTER TABLE invoices ENABLE ROW LEVEL SECURITY;
CREATE POLICY invoices_tenant ON invoices USING (cust_ref = current_setting('app.customer', true));
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER invoices_touch BEFORE UPDATE OF cust_ref, amt ON invoices FOR EACH ROW EXECUTE FUNCTION touch();
CREATE PUBLICATION billing FOR TABLE invoices (id, cust_ref, amt);
