-- A metrics table becomes partitioned in the release that also renames a
-- column (with a rename hint): the rows put back into the new tree
-- must land in the renamed column, not be dropped as an unknown one.
CREATE TABLE samples (
  id bigint NOT NULL,
  taken date NOT NULL,
  val double precision,
  PRIMARY KEY (id, taken)
);
