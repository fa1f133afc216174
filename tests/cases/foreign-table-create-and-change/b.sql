CREATE FOREIGN DATA WRAPPER remote_fdw;
CREATE SERVER remote_a FOREIGN DATA WRAPPER remote_fdw;
CREATE SERVER remote_b FOREIGN DATA WRAPPER remote_fdw;
CREATE FOREIGN TABLE events (id bigint OPTIONS (column_name 'Id', quoted 'yes') NOT NULL, body text DEFAULT 'empty', at timestamptz OPTIONS (column_name 'AT'))
  SERVER remote_a OPTIONS (table_name 'events_v2', fetch 'all');
COMMENT ON FOREIGN TABLE events IS 'events kept on remote_a';
CREATE FOREIGN TABLE moving (id int) SERVER remote_b;
CREATE FOREIGN TABLE added (id int CHECK (id > 0), label varchar(10) COLLATE "C") SERVER remote_b OPTIONS (table_name 'added');
CREATE VIEW recent AS SELECT id, body FROM events;
GRANT SELECT ON events TO app_reader;
GRANT SELECT (id) ON added TO app_reader;
