-- A partitioned table published through its root with a column list and row
-- filter has two listed columns widened (int -> bigint, varchar(20) ->
-- varchar(64)) and an unlisted one retyped; one partition is also published
-- on its own by a second publication.
CREATE TABLE metrics (
  id int NOT NULL,
  host varchar(20) NOT NULL,
  at date NOT NULL,
  v numeric,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_2025 PARTITION OF metrics FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE PUBLICATION metrics_root FOR TABLE metrics (id, host, at) WHERE (id > 0)
  WITH (publish_via_partition_root = true);
CREATE PUBLICATION metrics_2024_only FOR TABLE metrics_2024;
