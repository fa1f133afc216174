CREATE TABLE metrics (
  tenant_id integer NOT NULL,
  day date NOT NULL,
  name text NOT NULL,
  value numeric NOT NULL,
  PRIMARY KEY (tenant_id, day, name)
) PARTITION BY RANGE (day);
CREATE TABLE metrics_2023 PARTITION OF metrics FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX metrics_name_idx ON metrics (name, day);
GRANT SELECT ON metrics TO app_reader;
GRANT SELECT ON metrics_2024 TO app_reader;
