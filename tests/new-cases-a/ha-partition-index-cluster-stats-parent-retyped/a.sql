CREATE TABLE visits (id bigint NOT NULL, day date NOT NULL, path varchar(200)) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX visits_path ON visits (lower(path));
ALTER INDEX visits_2024_lower_idx ALTER COLUMN 1 SET STATISTICS 500;
ALTER TABLE visits_2024 CLUSTER ON visits_2024_lower_idx;
