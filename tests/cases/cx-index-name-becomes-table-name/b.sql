CREATE TABLE orders (id int PRIMARY KEY, customer text);
CREATE TABLE orders_archive (id int PRIMARY KEY, customer text);
CREATE TABLE audit (id int);
CREATE SEQUENCE audit_log;
