CREATE TABLE bill (id bigint NOT NULL, due date NOT NULL, amount numeric NOT NULL) PARTITION BY RANGE (due);
CREATE TABLE bill_a PARTITION OF bill (CONSTRAINT bill_a_due_window CHECK (due < '2025-10-01')) FOR VALUES FROM ('2025-01-01') TO ('2025-10-01');
CREATE TABLE bill_b PARTITION OF bill (CONSTRAINT bill_b_due_window CHECK (due >= '2025-10-01')) FOR VALUES FROM ('2025-10-01') TO ('2026-01-01');
