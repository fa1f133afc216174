CREATE TABLE reading (id bigint NOT NULL, at date NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE reading_rest PARTITION OF reading DEFAULT;
CREATE INDEX reading_at ON reading (at);
CREATE VIEW reading_recent AS SELECT id, v FROM reading WHERE at > '2024-06-01';
