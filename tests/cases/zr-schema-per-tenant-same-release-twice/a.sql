CREATE SCHEMA tenant_acme;
CREATE TABLE tenant_acme.invoices (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  customer text NOT NULL,
  total numeric(12,2) NOT NULL DEFAULT 0,
  status varchar(16) NOT NULL DEFAULT 'draft',
  issued_on date
);
CREATE TABLE tenant_acme.invoice_items (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES tenant_acme.invoices(id) ON DELETE CASCADE,
  description text NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  unit_price numeric(12,2) NOT NULL
);
CREATE FUNCTION tenant_acme.recalc_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tenant_acme.invoices SET total = (SELECT coalesce(sum(quantity * unit_price), 0) FROM tenant_acme.invoice_items WHERE invoice_id = coalesce(NEW.invoice_id, OLD.invoice_id))
  WHERE id = coalesce(NEW.invoice_id, OLD.invoice_id);
  RETURN NULL;
END $$;
CREATE TRIGGER invoice_items_total AFTER INSERT OR UPDATE OR DELETE ON tenant_acme.invoice_items FOR EACH ROW EXECUTE FUNCTION tenant_acme.recalc_total();
CREATE SCHEMA tenant_globex;
CREATE TABLE tenant_globex.invoices (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  customer text NOT NULL,
  total numeric(12,2) NOT NULL DEFAULT 0,
  status varchar(16) NOT NULL DEFAULT 'draft',
  issued_on date
);
CREATE TABLE tenant_globex.invoice_items (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES tenant_globex.invoices(id) ON DELETE CASCADE,
  description text NOT NULL,
  quantity integer NOT NULL DEFAULT 1,
  unit_price numeric(12,2) NOT NULL
);
CREATE FUNCTION tenant_globex.recalc_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tenant_globex.invoices SET total = (SELECT coalesce(sum(quantity * unit_price), 0) FROM tenant_globex.invoice_items WHERE invoice_id = coalesce(NEW.invoice_id, OLD.invoice_id))
  WHERE id = coalesce(NEW.invoice_id, OLD.invoice_id);
  RETURN NULL;
END $$;
CREATE TRIGGER invoice_items_total AFTER INSERT OR UPDATE OR DELETE ON tenant_globex.invoice_items FOR EACH ROW EXECUTE FUNCTION tenant_globex.recalc_total();
