CREATE SCHEMA billing;
CREATE SCHEMA archive;
CREATE TABLE billing.inv (id int NOT NULL, at date NOT NULL, amount int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
CREATE TABLE billing.inv_2025 PARTITION OF billing.inv FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE archive.inv_old PARTITION OF billing.inv FOR VALUES FROM (MINVALUE) TO ('2025-01-01');
CREATE INDEX inv_amount ON billing.inv (amount);
CREATE VIEW billing.inv_big AS SELECT id, at FROM billing.inv WHERE amount > 100;
CREATE TABLE billing.pay (id int PRIMARY KEY, inv_id int, inv_at date, FOREIGN KEY (inv_id, inv_at) REFERENCES billing.inv);
