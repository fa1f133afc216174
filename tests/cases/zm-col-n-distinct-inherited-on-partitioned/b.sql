CREATE TABLE metrics (tenant int NOT NULL, at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE metrics ALTER COLUMN tenant SET (n_distinct_inherited = -0.5);
ALTER TABLE metrics_2025 ALTER COLUMN tenant SET (n_distinct = 40, n_distinct_inherited = 12);
