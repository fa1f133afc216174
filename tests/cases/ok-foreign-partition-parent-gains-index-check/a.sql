-- A partitioned table with a foreign partition (archive server) gains an index, a CHECK, a
-- NOT NULL and a column with a default on the parent. Foreign partitions take no index (PG
-- skips them for a non-unique index), the CHECK and NOT NULL are only declared on them.
-- Online mode must not try to build an index on the foreign partition either.
CREATE FOREIGN DATA WRAPPER archive_fdw;
CREATE SERVER archive FOREIGN DATA WRAPPER archive_fdw;
CREATE TABLE visit (at date NOT NULL, page text, ms int) PARTITION BY RANGE (at);
CREATE TABLE visit_2026 PARTITION OF visit FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE visit_2025 PARTITION OF visit FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE FOREIGN TABLE visit_old PARTITION OF visit FOR VALUES FROM ('2000-01-01') TO ('2025-01-01')
  SERVER archive OPTIONS (table_name 'visit_old');
