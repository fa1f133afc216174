CREATE TABLE orders (id int PRIMARY KEY, customer text);
CREATE INDEX orders_archive ON orders (customer);
CREATE TABLE audit (id int, CONSTRAINT audit_log UNIQUE (id));
