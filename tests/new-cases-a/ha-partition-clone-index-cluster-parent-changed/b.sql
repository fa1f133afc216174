CREATE TABLE readings (id bigint NOT NULL, taken date NOT NULL, sensor int NOT NULL) PARTITION BY RANGE (taken);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_sensor ON readings (sensor, taken);
ALTER TABLE readings_2024 CLUSTER ON readings_2024_sensor_taken_idx;
