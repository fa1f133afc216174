CREATE TABLE cust (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE purchase (id int PRIMARY KEY, cust_id int NOT NULL REFERENCES cust ON DELETE CASCADE, amount int NOT NULL);
CREATE INDEX purchase_cust ON purchase (cust_id);
CREATE VIEW cust_spend AS SELECT c.id, c.name, sum(p.amount) AS spent FROM cust c JOIN purchase p ON p.cust_id = c.id GROUP BY c.id, c.name;
