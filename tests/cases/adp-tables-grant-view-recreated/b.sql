CREATE TABLE items (id int PRIMARY KEY, name text, price numeric);
CREATE VIEW item_names AS SELECT id, price, name FROM items;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_reader;
