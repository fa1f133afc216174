CREATE TABLE hit (id bigint NOT NULL, page text NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE hit_2024 PARTITION OF hit FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX hit_2024_page_a ON hit_2024 (page);
CREATE INDEX hit_2024_page_b ON hit_2024 (page);
CREATE INDEX hit_page ON ONLY hit (page);
-- the parent's index now counts the twin b as the partition's
ALTER INDEX hit_page ATTACH PARTITION hit_2024_page_b;
