CREATE TABLE m (id int NOT NULL, k int NOT NULL, legacy text, v text) PARTITION BY RANGE (k);
CREATE TABLE m_1 PARTITION OF m FOR VALUES FROM (0) TO (10);
CREATE TABLE m_2 (v text, legacy text, k int NOT NULL, id int NOT NULL);
ALTER TABLE m ATTACH PARTITION m_2 FOR VALUES FROM (10) TO (20);
CREATE INDEX m_2_legacy ON m_2 (legacy);
CREATE INDEX m_legacy_v ON m (legacy, v);
