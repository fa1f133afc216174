CREATE TABLE customers (id int PRIMARY KEY);
CREATE TABLE invoices (id int NOT NULL, issued date NOT NULL, customer_id int REFERENCES customers,
  PRIMARY KEY (id, issued)) PARTITION BY RANGE (issued);
CREATE TABLE invoices_2024 PARTITION OF invoices FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
