CREATE TABLE account (id bigint NOT NULL, region text NOT NULL, email text NOT NULL, meta jsonb) PARTITION BY LIST (region);
CREATE TABLE account_eu PARTITION OF account FOR VALUES IN ('eu');
CREATE TABLE account_us PARTITION OF account FOR VALUES IN ('us');
CREATE UNIQUE INDEX account_email_lower ON account (lower(email), region);
CREATE INDEX account_meta_plan ON account ((meta ->> 'plan'));
