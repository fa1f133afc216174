CREATE TABLE event (id int PRIMARY KEY, kind text NOT NULL, at timestamptz DEFAULT now(), until timestamptz(0));
CREATE INDEX event_at ON event (at);
CREATE INDEX event_recent ON event (kind) WHERE at > '2020-01-01 00:00:00+00';
CREATE VIEW event_open AS SELECT id, kind, at FROM event WHERE until IS NULL OR until > at;
