CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, amount numeric(10,2) NOT NULL, status text NOT NULL DEFAULT 'new');
CREATE VIEW positive_orders AS SELECT id, customer, amount, status FROM orders WHERE amount > 0 WITH LOCAL CHECK OPTION;
CREATE VIEW open_orders AS SELECT id, customer, amount FROM positive_orders WHERE status <> 'closed' WITH LOCAL CHECK OPTION;
CREATE VIEW big_open_orders AS SELECT id, amount FROM open_orders WHERE amount > 100;
GRANT SELECT, INSERT ON open_orders TO app_writer;
