CREATE SCHEMA app;
CREATE SCHEMA billing;
CREATE SCHEMA audit;
CREATE TABLE app.customers (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  country char(2) NOT NULL DEFAULT 'US'
);
CREATE UNIQUE INDEX customers_email_lower ON app.customers (lower(email));
CREATE SEQUENCE billing.invoice_number_seq START 1000;
CREATE TABLE billing.invoices (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  number integer NOT NULL DEFAULT nextval('billing.invoice_number_seq') UNIQUE,
  customer_id bigint NOT NULL REFERENCES app.customers(id),
  amount numeric(10,2) NOT NULL CHECK (amount >= 0),
  currency char(3) NOT NULL DEFAULT 'USD',
  issued_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE audit.events (
  id bigserial PRIMARY KEY,
  customer_id bigint REFERENCES app.customers(id) ON DELETE SET NULL,
  kind text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW billing.revenue_by_country AS
  SELECT c.country, sum(i.amount) AS total FROM billing.invoices i JOIN app.customers c ON c.id = i.customer_id GROUP BY c.country;
