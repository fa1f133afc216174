-- 15 and 16 let a partition have an identity its parent lacks; a new partition made with one.
CREATE TABLE ev (id bigint NOT NULL, k int NOT NULL, body text) PARTITION BY LIST (k);
CREATE TABLE ev1 PARTITION OF ev FOR VALUES IN (1);
