CREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE purchase (id int PRIMARY KEY, cust_id bigint NOT NULL REFERENCES customer ON DELETE CASCADE, amount int NOT NULL);
CREATE INDEX purchase_cust ON purchase (cust_id);
CREATE VIEW cust_spend AS SELECT c.id, c.name, sum(p.amount) AS spent FROM customer c JOIN purchase p ON p.cust_id = c.id GROUP BY c.id, c.name;
