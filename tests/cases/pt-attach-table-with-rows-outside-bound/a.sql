CREATE TABLE m (id int NOT NULL, at date NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX m_v ON m (v);
-- a staging table, loaded by hand, to be swapped in as the 2025 partition
CREATE TABLE m_2025 (id int NOT NULL, at date NOT NULL, v text);
