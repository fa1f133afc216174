CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE TABLE events (id int PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL) USING heap_copy;
CREATE MATERIALIZED VIEW event_kinds USING heap_copy AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
CREATE INDEX event_kinds_kind ON event_kinds (kind);
