CREATE SCHEMA tenant_acme;
CREATE TYPE tenant_acme.invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');
CREATE TABLE tenant_acme.invoices (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  customer text NOT NULL,
  total numeric(12,2) NOT NULL DEFAULT 0,
  status tenant_acme.invoice_status NOT NULL DEFAULT 'draft',
  issued_on date,
  due_on date GENERATED ALWAYS AS (issued_on + 30) STORED
);
CREATE INDEX invoices_unpaid_idx ON tenant_acme.invoices (due_on) WHERE status = 'sent';
CREATE TABLE tenant_acme.invoice_items (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES tenant_acme.invoices(id) ON DELETE CASCADE,
  description text NOT NULL,
  quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
  unit_price numeric(12,2) NOT NULL,
  line_total numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);
CREATE INDEX invoice_items_invoice_idx ON tenant_acme.invoice_items (invoice_id);
CREATE FUNCTION tenant_acme.recalc_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tenant_acme.invoices SET total = (SELECT coalesce(sum(line_total), 0) FROM tenant_acme.invoice_items WHERE invoice_id = coalesce(NEW.invoice_id, OLD.invoice_id))
  WHERE id = coalesce(NEW.invoice_id, OLD.invoice_id);
  RETURN NULL;
END $$;
CREATE TRIGGER invoice_items_total AFTER INSERT OR DELETE OR UPDATE OF quantity, unit_price ON tenant_acme.invoice_items FOR EACH ROW EXECUTE FUNCTION tenant_acme.recalc_total();
CREATE SCHEMA tenant_globex;
CREATE TYPE tenant_globex.invoice_status AS ENUM ('draft', 'sent', 'paid', 'void');
CREATE TABLE tenant_globex.invoices (
  id serial PRIMARY KEY,
  number text NOT NULL UNIQUE,
  customer text NOT NULL,
  total numeric(12,2) NOT NULL DEFAULT 0,
  status tenant_globex.invoice_status NOT NULL DEFAULT 'draft',
  issued_on date,
  due_on date GENERATED ALWAYS AS (issued_on + 30) STORED
);
CREATE INDEX invoices_unpaid_idx ON tenant_globex.invoices (due_on) WHERE status = 'sent';
CREATE TABLE tenant_globex.invoice_items (
  id serial PRIMARY KEY,
  invoice_id integer NOT NULL REFERENCES tenant_globex.invoices(id) ON DELETE CASCADE,
  description text NOT NULL,
  quantity integer NOT NULL DEFAULT 1 CHECK (quantity > 0),
  unit_price numeric(12,2) NOT NULL,
  line_total numeric(14,2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);
CREATE INDEX invoice_items_invoice_idx ON tenant_globex.invoice_items (invoice_id);
CREATE FUNCTION tenant_globex.recalc_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE tenant_globex.invoices SET total = (SELECT coalesce(sum(line_total), 0) FROM tenant_globex.invoice_items WHERE invoice_id = coalesce(NEW.invoice_id, OLD.invoice_id))
  WHERE id = coalesce(NEW.invoice_id, OLD.invoice_id);
  RETURN NULL;
END $$;
CREATE TRIGGER invoice_items_total AFTER INSERT OR DELETE OR UPDATE OF quantity, unit_price ON tenant_globex.invoice_items FOR EACH ROW EXECUTE FUNCTION tenant_globex.recalc_total();
