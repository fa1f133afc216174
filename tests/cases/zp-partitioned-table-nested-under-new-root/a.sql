CREATE TABLE sale_eu (id bigint NOT NULL, region text NOT NULL, sold date NOT NULL, amount numeric) PARTITION BY RANGE (sold);
CREATE TABLE sale_eu_2024 PARTITION OF sale_eu FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX sale_eu_sold ON sale_eu (sold);
