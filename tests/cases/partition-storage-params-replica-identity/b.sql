CREATE TABLE ledger (id bigint NOT NULL, booked date NOT NULL, amount numeric NOT NULL,
  CONSTRAINT ledger_pkey PRIMARY KEY (id, booked)) PARTITION BY RANGE (booked);
CREATE TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- closed year: packed, no autovacuum, replicated by its key
ALTER TABLE ledger_2024 SET (fillfactor = 100, autovacuum_enabled = false, toast.autovacuum_enabled = false);
ALTER TABLE ledger_2024 REPLICA IDENTITY USING INDEX ledger_2024_pkey;
ALTER TABLE ledger_2025 SET (fillfactor = 70);
ALTER TABLE ledger_2025 REPLICA IDENTITY FULL;
ALTER TABLE ledger REPLICA IDENTITY FULL;
