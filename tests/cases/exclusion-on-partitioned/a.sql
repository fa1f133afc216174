CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE booking (room int, during tsrange) PARTITION BY LIST (room);
CREATE TABLE booking_1 PARTITION OF booking FOR VALUES IN (1);
