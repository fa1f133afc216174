CREATE TABLE acct (id int NOT NULL, region text NOT NULL, bal numeric) PARTITION BY LIST (region);
CREATE TABLE acct_eu PARTITION OF acct FOR VALUES IN ('eu');
CREATE TABLE acct_us PARTITION OF acct FOR VALUES IN ('us');
CREATE TABLE acct_rest PARTITION OF acct DEFAULT;
ALTER TABLE acct_eu ADD CONSTRAINT acct_eu_id_region_key UNIQUE (id, region);
ALTER TABLE acct_us ADD CONSTRAINT acct_us_pk PRIMARY KEY (id, region);
CREATE UNIQUE INDEX acct_rest_uq ON acct_rest (id, region);
ALTER TABLE acct ADD CONSTRAINT acct_pkey PRIMARY KEY (id, region);
