CREATE TABLE m (id int, at date NOT NULL, v int, w text) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE m_def PARTITION OF m DEFAULT;
-- a rollout stopped halfway: parent index invalid, one partition attached,
-- one partition with a matching index not attached, one without any
CREATE INDEX m_v ON ONLY m (v);
CREATE INDEX m_2024_v ON m_2024 (v);
ALTER INDEX m_v ATTACH PARTITION m_2024_v;
CREATE INDEX m_2025_v ON m_2025 (v);
-- m_w became a plain partition-local index on the default partition only
CREATE INDEX m_def_w ON m_def (w);
