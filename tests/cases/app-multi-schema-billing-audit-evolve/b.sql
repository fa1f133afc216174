CREATE SCHEMA app;
CREATE SCHEMA billing;
CREATE SCHEMA audit;
CREATE TYPE billing.invoice_state AS ENUM ('draft', 'open', 'paid', 'void');
CREATE TABLE app.customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  country char(2) NOT NULL DEFAULT 'US',
  billing_email text
);
CREATE UNIQUE INDEX customers_email_lower ON app.customers (lower(email));
CREATE SEQUENCE billing.invoice_number_seq START 1000;
CREATE TABLE billing.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number bigint NOT NULL DEFAULT nextval('billing.invoice_number_seq') UNIQUE,
  customer_id bigint NOT NULL REFERENCES app.customers(id) ON DELETE RESTRICT,
  amount numeric(14,2) NOT NULL CHECK (amount >= 0),
  tax numeric(14,2) NOT NULL DEFAULT 0,
  currency char(3) NOT NULL DEFAULT 'USD',
  state billing.invoice_state NOT NULL DEFAULT 'open',
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invoices_customer_state ON billing.invoices (customer_id, state);
CREATE TABLE audit.events (
  id bigserial PRIMARY KEY,
  customer_id bigint REFERENCES app.customers(id) ON DELETE CASCADE,
  invoice_id bigint REFERENCES billing.invoices(id) ON DELETE SET NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW billing.revenue_by_country AS
  SELECT c.country, sum(i.amount + i.tax) AS total, count(*) AS n FROM billing.invoices i JOIN app.customers c ON c.id = i.customer_id WHERE i.state = 'paid' GROUP BY c.country;
CREATE VIEW audit.customer_activity AS
  SELECT c.email, count(e.id) AS events FROM app.customers c LEFT JOIN audit.events e ON e.customer_id = c.id GROUP BY c.email;
