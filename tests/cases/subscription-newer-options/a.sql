-- Options from PostgreSQL 16 (password_required, run_as_owner, origin), at and off their defaults.
CREATE SUBSCRIPTION sub_opts CONNECTION 'host=/nonexistent dbname=o' PUBLICATION p
  WITH (connect = false, origin = none, run_as_owner = true, streaming = parallel);
CREATE SUBSCRIPTION sub_plain CONNECTION 'host=/nonexistent dbname=o' PUBLICATION p
  WITH (connect = false);
