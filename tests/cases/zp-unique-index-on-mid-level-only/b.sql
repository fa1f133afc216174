CREATE TABLE payment (id bigint NOT NULL, paid date NOT NULL, method text NOT NULL, ref text) PARTITION BY RANGE (paid);
CREATE TABLE payment_2024 PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (method);
CREATE TABLE payment_2024_card PARTITION OF payment_2024 FOR VALUES IN ('card');
CREATE TABLE payment_2024_other PARTITION OF payment_2024 DEFAULT;
CREATE TABLE payment_2025 PARTITION OF payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- only the 2024 subtree gets a key on its references, and a partial lookup index
ALTER TABLE payment_2024 ADD CONSTRAINT payment_2024_ref_key UNIQUE (ref, method);
CREATE INDEX payment_2024_card_ref ON payment_2024_card (ref) WHERE ref IS NOT NULL;
