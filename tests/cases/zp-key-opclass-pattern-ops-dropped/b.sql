CREATE TABLE product (sku text NOT NULL, name text NOT NULL, price numeric) PARTITION BY RANGE (sku);
CREATE TABLE product_a_m PARTITION OF product FOR VALUES FROM ('A') TO ('N');
CREATE TABLE product_n_z PARTITION OF product FOR VALUES FROM ('N') TO ('ZZZZ');
CREATE INDEX product_name ON product (name);
