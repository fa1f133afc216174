CREATE TABLE item (id int NOT NULL, region text NOT NULL, qty int NOT NULL, price numeric NOT NULL,
  total numeric GENERATED ALWAYS AS (price * qty) STORED,
  code text GENERATED ALWAYS AS (upper(region) || '-' || id) STORED) PARTITION BY LIST (region);
CREATE TABLE item_eu PARTITION OF item FOR VALUES IN ('eu');
CREATE TABLE item_rest PARTITION OF item DEFAULT PARTITION BY HASH (id);
CREATE TABLE item_rest_0 PARTITION OF item_rest FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE item_rest_1 PARTITION OF item_rest FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE INDEX item_total ON item (total);
CREATE UNIQUE INDEX item_code ON item (code, region, id);
