-- Renames (hints) under publications: a schema published with TABLES IN SCHEMA is renamed,
-- a table in a column-listed, row-filtered publication is renamed, and one of its listed
-- columns (also used in the row filter) is renamed. Memberships, lists and filters follow.
CREATE SCHEMA sales_crm;
CREATE TABLE sales_crm.contact (id int PRIMARY KEY, email text);
CREATE TABLE sales_crm.note (id int PRIMARY KEY, body text);
CREATE TABLE purchase (id int PRIMARY KEY, cust int NOT NULL, amount numeric NOT NULL, secret text);
CREATE PUBLICATION crm_all FOR TABLES IN SCHEMA sales_crm WITH (publish = 'insert, update');
CREATE PUBLICATION orders_feed FOR TABLE purchase (id, cust, amount) WHERE (amount > 0);
COMMENT ON PUBLICATION orders_feed IS 'positive orders';
