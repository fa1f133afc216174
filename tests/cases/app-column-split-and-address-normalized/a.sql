CREATE TABLE customers (
  id int PRIMARY KEY,
  name varchar(200) NOT NULL,
  address text,
  created timestamp DEFAULT now()
);
CREATE INDEX customers_name_idx ON customers (name);
CREATE VIEW customer_labels AS SELECT id, name || coalesce(E'\n' || address, '') AS label FROM customers;
