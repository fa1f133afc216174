-- failover (PostgreSQL 17) changes only by re-creating: ALTER of it talks to the slot.
CREATE SUBSCRIPTION sub_failover CONNECTION 'host=/nonexistent dbname=f' PUBLICATION p
  WITH (connect = false, binary = true);
COMMENT ON SUBSCRIPTION sub_failover IS 'kept across the re-create';
