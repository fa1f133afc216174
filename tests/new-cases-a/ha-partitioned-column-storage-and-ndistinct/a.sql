CREATE TABLE metrics (id bigint NOT NULL, at date NOT NULL, host text, labels jsonb) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
