CREATE SCHEMA hist;
CREATE TABLE metric (host text NOT NULL, at timestamptz NOT NULL, value double precision, unit text NOT NULL DEFAULT 'ms') PARTITION BY RANGE (at);
CREATE TABLE metric_2025 PARTITION OF metric FOR VALUES FROM ('2025-01-01 00:00+00') TO ('2026-01-01 00:00+00') PARTITION BY LIST (host);
CREATE TABLE hist.metric_2025_web PARTITION OF metric_2025 FOR VALUES IN ('web1', 'web2') PARTITION BY HASH (host);
CREATE TABLE hist.metric_2025_web_0 PARTITION OF hist.metric_2025_web FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE hist.metric_2025_web_1 PARTITION OF hist.metric_2025_web FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE hist.metric_2025_other PARTITION OF metric_2025 DEFAULT;
CREATE TABLE metric_rest PARTITION OF metric DEFAULT;
-- index only on the 2025 subtree
CREATE INDEX metric_2025_value ON metric_2025 (value) WHERE value > 1000;
ALTER TABLE metric ADD CONSTRAINT metric_value_finite CHECK (value <> 'Infinity'::double precision);
