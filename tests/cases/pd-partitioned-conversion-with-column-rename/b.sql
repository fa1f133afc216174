-- A metrics table becomes partitioned in the release that also renames a
-- column (with a rename hint): the rows put back into the new tree
-- must land in the renamed column, not be dropped as an unknown one.
CREATE TABLE samples (
  id bigint NOT NULL,
  taken date NOT NULL,
  reading double precision,
  PRIMARY KEY (id, taken)
) PARTITION BY RANGE (taken);
CREATE TABLE samples_2024 PARTITION OF samples FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE samples_rest PARTITION OF samples DEFAULT;
