CREATE TABLE log_entries (id bigint PRIMARY KEY, msg text);
CREATE TABLE log_entries_old () INHERITS (log_entries);
