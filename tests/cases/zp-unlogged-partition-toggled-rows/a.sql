CREATE TABLE cache (k text NOT NULL, bucket int NOT NULL, v jsonb, PRIMARY KEY (k, bucket)) PARTITION BY LIST (bucket);
CREATE UNLOGGED TABLE cache_hot PARTITION OF cache FOR VALUES IN (0);
CREATE TABLE cache_cold PARTITION OF cache FOR VALUES IN (1);
