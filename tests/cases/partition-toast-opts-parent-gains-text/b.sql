CREATE TABLE samples (id bigint NOT NULL, taken date NOT NULL, v int, note text) PARTITION BY RANGE (taken);
CREATE TABLE samples_2024 PARTITION OF samples FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
  WITH (toast.autovacuum_enabled = false);
