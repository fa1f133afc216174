-- Subscriptions never connect in these cases: the publisher does not exist (connect = false).
CREATE TABLE public.items (id integer PRIMARY KEY, name text);

-- New connection string (a quote inside), publications, options; enabled.
CREATE SUBSCRIPTION sub_keep CONNECTION 'host=/nonexistent dbname=upstream2 application_name=''it\''s'''
  PUBLICATION pub_a, "Pub B"
  WITH (connect = false, streaming = true, synchronous_commit = 'local', disable_on_error = true);
ALTER SUBSCRIPTION sub_keep ENABLE;
COMMENT ON SUBSCRIPTION sub_keep IS 'rows from upstream, again';

CREATE SUBSCRIPTION "sub new" CONNECTION 'host=/nonexistent dbname=n' PUBLICATION p
  WITH (connect = false, slot_name = 'custom_slot', binary = true);

CREATE SUBSCRIPTION "Sub Two" CONNECTION 'dbname=two' PUBLICATION p1, p2
  WITH (connect = false, two_phase = false);

CREATE SUBSCRIPTION sub_running CONNECTION 'host=/nonexistent dbname=r' PUBLICATION p, q
  WITH (connect = false, slot_name = NONE);
