-- declarative partitioning: the same children, now partitions, plus one for the current rows
CREATE TABLE log (id int NOT NULL, at date NOT NULL, msg text) PARTITION BY RANGE (at);
CREATE TABLE log_2023 PARTITION OF log FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE log_2024 PARTITION OF log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE log_current PARTITION OF log DEFAULT;
CREATE INDEX log_2023_at_idx ON log_2023 (at);
CREATE VIEW recent_log AS SELECT id, at, msg FROM log WHERE at >= '2024-06-01';
