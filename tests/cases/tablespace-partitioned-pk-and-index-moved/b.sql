-- A partitioned table's key (USING INDEX TABLESPACE) and a partitioned index move to other
-- tablespaces, and a materialized view over it with its index moves too.
CREATE TABLE sale (id int NOT NULL, day date NOT NULL, amount numeric,
  CONSTRAINT sale_pkey PRIMARY KEY (id, day) USING INDEX TABLESPACE schemad_ts1) PARTITION BY RANGE (day);
CREATE TABLE sale_2025 PARTITION OF sale FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE sale_2026 PARTITION OF sale FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE INDEX sale_day ON sale (day) TABLESPACE schemad_ts2;
CREATE MATERIALIZED VIEW sale_total TABLESPACE schemad_ts2 AS SELECT day, sum(amount) AS total FROM sale GROUP BY day;
CREATE UNIQUE INDEX sale_total_day ON sale_total (day) TABLESPACE schemad_ts1;
