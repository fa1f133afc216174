-- A publication stops publishing through the partition root; PostgreSQL
-- refuses publish_via_partition_root = false while a partitioned member has a
-- row filter or column list, so the member must change before the option (and
-- after it on the way back).
CREATE TABLE orders (id int NOT NULL, region text NOT NULL, total numeric, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE orders_eu PARTITION OF orders FOR VALUES IN ('eu');
CREATE TABLE orders_us PARTITION OF orders FOR VALUES IN ('us');
CREATE PUBLICATION orders_pub FOR TABLE orders, orders_eu (id, region) WHERE (total > 100)
  WITH (publish_via_partition_root = false);
