-- Options from PostgreSQL 16 (password_required, run_as_owner, origin), at and off their defaults.
CREATE SUBSCRIPTION sub_opts CONNECTION 'host=/nonexistent dbname=o' PUBLICATION p
  WITH (connect = false, streaming = off);
CREATE SUBSCRIPTION sub_plain CONNECTION 'host=/nonexistent dbname=o' PUBLICATION p
  WITH (connect = false, password_required = false, origin = none, run_as_owner = true);
