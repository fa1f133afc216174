CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE VIEW events_v AS SELECT id, kind FROM events WHERE kind <> 'noise';
CREATE VIEW events_report AS SELECT kind, count(*) AS n FROM events_v GROUP BY kind;
