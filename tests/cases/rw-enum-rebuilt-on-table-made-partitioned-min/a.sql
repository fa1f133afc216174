CREATE TYPE order_state AS ENUM ('legacy', 'open', 'paid');
CREATE TABLE orders (id bigint NOT NULL, created_on date NOT NULL, state order_state NOT NULL);
