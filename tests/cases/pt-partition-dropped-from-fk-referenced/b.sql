CREATE TABLE customer (id int NOT NULL, region text NOT NULL, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE customer_eu PARTITION OF customer FOR VALUES IN ('eu');
CREATE TABLE customer_us PARTITION OF customer FOR VALUES IN ('us');
CREATE TABLE customer_rest PARTITION OF customer DEFAULT;
-- the ap region was closed: its partition dropped, and 'ap' rows (none) would go to the default
CREATE TABLE note (id int PRIMARY KEY, customer_id int NOT NULL, region text NOT NULL,
  FOREIGN KEY (customer_id, region) REFERENCES customer ON DELETE CASCADE);
