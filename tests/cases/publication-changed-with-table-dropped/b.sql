CREATE TABLE a (id int PRIMARY KEY);
CREATE PUBLICATION p FOR TABLE a WITH (publish_via_partition_root = true);
