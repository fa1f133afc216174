CREATE TABLE sales (id int PRIMARY KEY, amount numeric);
CREATE MATERIALIZED VIEW sales_total AS SELECT sum(amount) AS total FROM sales;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_reader;
