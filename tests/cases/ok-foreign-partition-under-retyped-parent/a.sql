-- A partitioned ledger keeps old years on an archive server (foreign partitions). Its amount
-- column is widened and its id goes int -> bigint: the parent's ALTER reaches the foreign
-- partitions too (no rewrite there); the foreign partition's column options, a view and a
-- CHECK on the parent stay, local rows are kept.
CREATE EXTENSION postgres_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'archive.internal', dbname 'ledger');
CREATE USER MAPPING FOR CURRENT_USER SERVER archive OPTIONS (user 'ledger_ro');
CREATE TABLE ledger (
  id int NOT NULL,
  booked date NOT NULL,
  amount numeric(10,2) NOT NULL CHECK (amount <> 0),
  memo varchar(40)
) PARTITION BY RANGE (booked);
CREATE TABLE ledger_2025 PARTITION OF ledger FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE ledger_2026 PARTITION OF ledger FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FOREIGN TABLE ledger_2024 PARTITION OF ledger FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')
  SERVER archive OPTIONS (schema_name 'old', table_name 'ledger_2024');
ALTER FOREIGN TABLE ledger_2024 ALTER COLUMN memo OPTIONS (column_name 'note');
CREATE INDEX ledger_2025_booked ON ledger_2025 (booked);
CREATE VIEW ledger_big AS SELECT id, booked, amount FROM ledger WHERE amount > 1000;
