CREATE TYPE order_state AS ENUM ('open', 'paid');
CREATE TABLE orders (id bigint NOT NULL, created_on date NOT NULL, state order_state NOT NULL) PARTITION BY RANGE (created_on);
CREATE TABLE orders_all PARTITION OF orders DEFAULT;
