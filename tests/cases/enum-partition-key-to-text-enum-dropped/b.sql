CREATE TABLE account (tier text NOT NULL, id int NOT NULL) PARTITION BY LIST (tier);
CREATE TABLE account_free PARTITION OF account FOR VALUES IN ('free');
CREATE TABLE account_pro PARTITION OF account FOR VALUES IN ('pro');
