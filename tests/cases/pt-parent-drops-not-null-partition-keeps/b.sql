-- customer and email become optional, except where a partition still requires them
CREATE TABLE orders (id int NOT NULL, region text NOT NULL, customer int, email text) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
ALTER TABLE orders_eu ALTER customer SET NOT NULL;
ALTER TABLE orders_rest ALTER customer SET NOT NULL, ALTER email SET NOT NULL;
