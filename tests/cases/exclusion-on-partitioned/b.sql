-- 17: exclusion constraints on partitioned tables (they must include the partition key).
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&)) PARTITION BY LIST (room);
CREATE TABLE booking_1 PARTITION OF booking FOR VALUES IN (1);
