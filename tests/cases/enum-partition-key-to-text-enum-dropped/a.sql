CREATE TYPE tier AS ENUM ('free', 'pro');
CREATE TABLE account (tier tier NOT NULL, id int NOT NULL) PARTITION BY LIST (tier);
CREATE TABLE account_free PARTITION OF account FOR VALUES IN ('free');
CREATE TABLE account_pro PARTITION OF account FOR VALUES IN ('pro');
