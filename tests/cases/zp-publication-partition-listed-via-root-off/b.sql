CREATE TABLE sale (id bigint NOT NULL, region text NOT NULL, amount numeric NOT NULL, secret text) PARTITION BY LIST (region);
CREATE TABLE sale_eu PARTITION OF sale FOR VALUES IN ('eu');
CREATE TABLE sale_us PARTITION OF sale FOR VALUES IN ('us');
CREATE PUBLICATION zp_sales FOR TABLE sale_eu WHERE (amount > 0), TABLE sale_us (id, region, amount) WITH (publish = 'insert, update', publish_via_partition_root = false);
