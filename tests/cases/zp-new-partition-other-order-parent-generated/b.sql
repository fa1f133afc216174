CREATE TABLE line (id bigint NOT NULL, day date NOT NULL, qty int NOT NULL, price numeric NOT NULL, total numeric GENERATED ALWAYS AS (qty * price) STORED) PARTITION BY RANGE (day);
CREATE TABLE line_2024 PARTITION OF line FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE line_2025 (day date NOT NULL, id bigint NOT NULL, total numeric GENERATED ALWAYS AS (qty * price) STORED, qty int NOT NULL, price numeric NOT NULL);
ALTER TABLE line ATTACH PARTITION line_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
