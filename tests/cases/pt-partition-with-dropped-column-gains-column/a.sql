CREATE TABLE m (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- an old table, with a dropped column, adopted as a partition
CREATE TABLE m_2025 (id int NOT NULL, legacy int, at date NOT NULL, v text);
ALTER TABLE m_2025 DROP COLUMN legacy;
ALTER TABLE m ATTACH PARTITION m_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_def PARTITION OF m DEFAULT;
CREATE INDEX m_v ON m (v);
ALTER TABLE m ADD CONSTRAINT m_v_len CHECK (length(v) < 100);
