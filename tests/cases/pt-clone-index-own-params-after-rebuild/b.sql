CREATE TABLE m (id int NOT NULL, at date NOT NULL, v int, w int) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- the index now also covers w: every clone is rebuilt, keeping the closed year's own settings
CREATE INDEX m_v ON m (v) INCLUDE (w);
ALTER INDEX m_2024_v_w_idx SET (fillfactor = 100);
COMMENT ON INDEX m_2024_v_w_idx IS 'closed year, packed';
ALTER TABLE m_2024 CLUSTER ON m_2024_v_w_idx;
