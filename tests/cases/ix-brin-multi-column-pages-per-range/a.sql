CREATE TABLE metrics (id bigint GENERATED ALWAYS AS IDENTITY, host text NOT NULL, ts timestamptz NOT NULL, v double precision);
CREATE INDEX metrics_ts_brin ON metrics USING brin (ts) WITH (pages_per_range = 128);
CREATE INDEX metrics_host_ts_brin ON metrics USING brin (host, ts);
