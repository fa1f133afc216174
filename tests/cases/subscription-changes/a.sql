-- Subscriptions never connect in these cases: the publisher does not exist (connect = false).
CREATE TABLE public.items (id integer PRIMARY KEY, name text);

CREATE SUBSCRIPTION sub_keep CONNECTION 'host=/nonexistent dbname=upstream' PUBLICATION pub_a
  WITH (connect = false);
COMMENT ON SUBSCRIPTION sub_keep IS 'rows from upstream';

-- Dropped on the way to b: it has no slot.
CREATE SUBSCRIPTION sub_gone CONNECTION 'host=/nonexistent dbname=x' PUBLICATION p
  WITH (connect = false, slot_name = NONE, binary = true);

-- two_phase changes only by re-creating.
CREATE SUBSCRIPTION "Sub Two" CONNECTION 'dbname=two' PUBLICATION p1, p2
  WITH (connect = false, two_phase = true);

-- Enabled (its worker fails to connect, harmlessly): disabled and changed in b.
CREATE SUBSCRIPTION sub_running CONNECTION 'host=/nonexistent dbname=r' PUBLICATION p
  WITH (connect = false, slot_name = 'running_slot');
ALTER SUBSCRIPTION sub_running ENABLE;
