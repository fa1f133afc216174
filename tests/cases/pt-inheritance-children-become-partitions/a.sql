-- old-style partitioning: inheritance children with CHECKs, the parent holding current rows
CREATE TABLE log (id int NOT NULL, at date NOT NULL, msg text);
CREATE TABLE log_2023 (CONSTRAINT log_2023_at CHECK (at >= '2023-01-01' AND at < '2024-01-01')) INHERITS (log);
CREATE TABLE log_2024 (CONSTRAINT log_2024_at CHECK (at >= '2024-01-01' AND at < '2025-01-01')) INHERITS (log);
CREATE INDEX log_2023_at_idx ON log_2023 (at);
CREATE VIEW recent_log AS SELECT id, at, msg FROM log WHERE at >= '2024-06-01';
