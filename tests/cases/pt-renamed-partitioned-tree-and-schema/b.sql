CREATE SCHEMA finance;
CREATE SCHEMA archive;
CREATE TABLE finance.invoice (id int NOT NULL, at date NOT NULL, total int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE finance.invoice_2025 PARTITION OF finance.invoice FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE archive.invoice_old PARTITION OF finance.invoice FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE INDEX inv_amount ON finance.invoice (total);
CREATE VIEW finance.inv_big AS SELECT id, at FROM finance.invoice WHERE total > 100;
CREATE TABLE finance.pay (id int PRIMARY KEY, inv_id int, inv_at date, FOREIGN KEY (inv_id, inv_at) REFERENCES finance.invoice);
