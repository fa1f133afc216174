CREATE TYPE region AS ENUM ('us', 'eu');
CREATE TABLE customers (id bigint NOT NULL, region region NOT NULL) PARTITION BY LIST (region);
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
