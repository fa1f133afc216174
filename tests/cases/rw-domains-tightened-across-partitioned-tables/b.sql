CREATE SCHEMA types;
CREATE DOMAIN types.email AS text CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%') CONSTRAINT email_not_too_long CHECK (length(VALUE) <= 254);
COMMENT ON DOMAIN types.email IS 'RFC-ish';
CREATE DOMAIN types.currency AS char(3) NOT NULL CHECK (VALUE IN ('USD', 'EUR', 'GBP'));
CREATE DOMAIN types.cents AS bigint CHECK (VALUE >= 0 AND VALUE < 100000000000);
CREATE TYPE types.money_amount AS (amount types.cents, currency types.currency);
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email types.email NOT NULL,
  billing_email types.email
);
CREATE TABLE charges (
  id bigint NOT NULL,
  charged_on date NOT NULL,
  customer_id integer NOT NULL REFERENCES customers (id),
  amount types.cents NOT NULL,
  currency types.currency NOT NULL DEFAULT 'USD',
  PRIMARY KEY (id, charged_on)
) PARTITION BY RANGE (charged_on);
CREATE TABLE charges_2024 PARTITION OF charges FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE charges_2025 PARTITION OF charges FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FUNCTION charge_total(p_customer integer) RETURNS types.money_amount LANGUAGE sql STABLE AS $$
  SELECT ROW(coalesce(sum(amount), 0), 'USD')::types.money_amount FROM charges WHERE customer_id = p_customer
$$;
CREATE VIEW customer_emails AS SELECT id, email, coalesce(billing_email, email) AS invoice_to FROM customers;
