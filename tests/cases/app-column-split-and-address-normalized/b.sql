CREATE TABLE customers (
  id int PRIMARY KEY,
  given_name varchar(100),
  family_name varchar(100),
  created timestamptz DEFAULT now()
);
CREATE INDEX customers_family_given_idx ON customers (family_name, given_name);
CREATE TABLE addresses (
  id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id int NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind text NOT NULL DEFAULT 'billing' CHECK (kind IN ('billing', 'shipping')),
  line1 text NOT NULL,
  city text NOT NULL,
  postal_code text,
  UNIQUE (customer_id, kind)
);
CREATE VIEW customer_labels AS SELECT c.id, concat_ws(' ', c.given_name, c.family_name) || coalesce(E'\n' || a.line1 || ', ' || a.city, '') AS label FROM customers c LEFT JOIN addresses a ON a.customer_id = c.id AND a.kind = 'billing';
