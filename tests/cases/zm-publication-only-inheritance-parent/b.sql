CREATE TABLE log_entries (id bigint PRIMARY KEY, msg text);
CREATE TABLE log_entries_old () INHERITS (log_entries);
CREATE PUBLICATION zm_logs FOR TABLE ONLY log_entries;
