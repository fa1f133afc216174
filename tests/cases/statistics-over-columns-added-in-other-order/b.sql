-- zone comes before amount in attnum order, after it by name: the statistics must neither
-- differ from the ones a plan creates nor be recreated on every plan.
CREATE TABLE orders (id int PRIMARY KEY, zone text NOT NULL DEFAULT 'x', amount int);
CREATE STATISTICS orders_st ON zone, amount FROM orders;
CREATE STATISTICS orders_ex (ndistinct) ON zone, amount, (amount * 2) FROM orders;
