-- Renames (hints) under publications: a schema published with TABLES IN SCHEMA is renamed,
-- a table in a column-listed, row-filtered publication is renamed, and one of its listed
-- columns (also used in the row filter) is renamed. Memberships, lists and filters follow.
CREATE SCHEMA crm;
CREATE TABLE crm.contact (id int PRIMARY KEY, email text);
CREATE TABLE crm.note (id int PRIMARY KEY, body text);
CREATE TABLE orders (id int PRIMARY KEY, cust int NOT NULL, amt numeric NOT NULL, secret text);
CREATE PUBLICATION crm_all FOR TABLES IN SCHEMA crm WITH (publish = 'insert, update');
CREATE PUBLICATION orders_feed FOR TABLE orders (id, cust, amt) WHERE (amt > 0);
COMMENT ON PUBLICATION orders_feed IS 'positive orders';
