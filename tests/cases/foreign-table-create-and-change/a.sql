CREATE FOREIGN DATA WRAPPER remote_fdw;
CREATE SERVER remote_a FOREIGN DATA WRAPPER remote_fdw;
CREATE SERVER remote_b FOREIGN DATA WRAPPER remote_fdw;
CREATE FOREIGN TABLE events (id int OPTIONS (column_name 'ID') NOT NULL, body text DEFAULT 'none')
  SERVER remote_a OPTIONS (table_name 'events_v1', schema_name 'ingest');
CREATE FOREIGN TABLE moving (id int) SERVER remote_a;
CREATE FOREIGN TABLE gone (id int) SERVER remote_b;
GRANT SELECT ON events TO app_reader;
