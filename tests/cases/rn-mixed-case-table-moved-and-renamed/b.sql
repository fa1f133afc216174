CREATE SCHEMA sales;
CREATE TABLE sales."OrderItem" (id int PRIMARY KEY, qty int);
CREATE TYPE sales."ItemState" AS ENUM ('new', 'done');
