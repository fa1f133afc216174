CREATE TABLE readings (id bigint NOT NULL, taken date NOT NULL, v int) PARTITION BY RANGE (taken);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_v ON readings (v) WITH (fillfactor = 80);
