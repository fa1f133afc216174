CREATE TABLE events_v (id int PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE VIEW events AS SELECT id, kind FROM events_v WHERE kind <> 'noise';
CREATE VIEW events_report AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
