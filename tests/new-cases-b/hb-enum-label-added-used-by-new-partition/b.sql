CREATE TYPE region AS ENUM ('eu', 'us', 'apac');
CREATE TABLE customers (id int NOT NULL, region region NOT NULL) PARTITION BY LIST (region);
CREATE TABLE customers_eu PARTITION OF customers FOR VALUES IN ('eu');
CREATE TABLE customers_us PARTITION OF customers FOR VALUES IN ('us');
CREATE TABLE customers_apac PARTITION OF customers FOR VALUES IN ('apac');
