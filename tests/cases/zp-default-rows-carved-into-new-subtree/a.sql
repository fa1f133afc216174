CREATE TABLE reading (meter int NOT NULL, at date NOT NULL, kind text NOT NULL, v numeric) PARTITION BY RANGE (at);
CREATE TABLE reading_2024 PARTITION OF reading FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE reading_rest PARTITION OF reading DEFAULT;
CREATE INDEX reading_meter ON reading (meter, at);
