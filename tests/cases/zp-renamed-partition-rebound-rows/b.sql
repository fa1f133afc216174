CREATE TABLE bill (id bigint NOT NULL, due date NOT NULL, amount numeric NOT NULL) PARTITION BY RANGE (due);
CREATE TABLE bill_q1 PARTITION OF bill FOR VALUES FROM ('2025-01-01') TO ('2025-04-01');
CREATE TABLE bill_rest PARTITION OF bill FOR VALUES FROM ('2025-04-01') TO ('2026-01-01');
CREATE INDEX bill_due ON bill (due);
CREATE VIEW bill_h1_open AS SELECT id, amount FROM bill_q1;
