CREATE TABLE m (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2025 (id int NOT NULL, legacy int, at date NOT NULL, v text);
ALTER TABLE m_2025 DROP COLUMN legacy;
ALTER TABLE m ATTACH PARTITION m_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_def PARTITION OF m DEFAULT;
-- new column on the whole tree, an index over it and over the key, a check that uses it
ALTER TABLE m ADD COLUMN score int NOT NULL DEFAULT 0;
CREATE INDEX m_v ON m (v, score);
CREATE INDEX m_at_score ON m (at) WHERE score > 0;
ALTER TABLE m ADD CONSTRAINT m_v_len CHECK (length(v) < 100 AND score >= 0);
CREATE UNIQUE INDEX m_id_at ON m (id, at);
