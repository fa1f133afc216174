CREATE TABLE api_calls (
  tenant_id bigint NOT NULL,
  called_at timestamptz NOT NULL,
  endpoint text NOT NULL,
  status smallint NOT NULL,
  PRIMARY KEY (tenant_id, called_at, endpoint)
) PARTITION BY HASH (tenant_id);
CREATE TABLE api_calls_h0 PARTITION OF api_calls FOR VALUES WITH (MODULUS 2, REMAINDER 0) PARTITION BY RANGE (called_at);
CREATE TABLE api_calls_h1 PARTITION OF api_calls FOR VALUES WITH (MODULUS 2, REMAINDER 1) PARTITION BY RANGE (called_at);
CREATE TABLE api_calls_h0_2024 PARTITION OF api_calls_h0 FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE api_calls_h0_rest PARTITION OF api_calls_h0 DEFAULT;
CREATE TABLE api_calls_h1_2024 PARTITION OF api_calls_h1 FOR VALUES FROM ('2024-01-01 00:00+00') TO ('2025-01-01 00:00+00');
CREATE TABLE api_calls_h1_rest PARTITION OF api_calls_h1 DEFAULT;
CREATE INDEX api_calls_errors_idx ON api_calls (tenant_id, called_at) WHERE status >= 500;
COMMENT ON TABLE api_calls_h0 IS 'even tenants';
GRANT SELECT ON api_calls TO app_reader;
GRANT SELECT ON api_calls_h1_2024 TO app_reader;
