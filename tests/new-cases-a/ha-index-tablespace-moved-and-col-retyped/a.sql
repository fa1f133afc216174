CREATE TABLE events (id bigint PRIMARY KEY, kind varchar(20) NOT NULL, at timestamptz);
CREATE INDEX events_kind ON events (kind) TABLESPACE schemad_ts1;
