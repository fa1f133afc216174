-- Storage parameters are tuned after production observations: some are set,
-- some changed and some reset, on heap, TOAST, btree/gin/brin/gist indexes and a
-- materialized view; none of this should rebuild anything.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE events (
  id bigint PRIMARY KEY WITH (fillfactor = 70),
  kind text NOT NULL,
  at timestamptz NOT NULL,
  payload jsonb,
  area box
) WITH (autovacuum_vacuum_scale_factor = 0.05, autovacuum_vacuum_insert_threshold = 10000,
        toast_tuple_target = 4080, toast.autovacuum_vacuum_cost_delay = 5,
        user_catalog_table = true, log_autovacuum_min_duration = 250);
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_payload ON events USING gin (payload) WITH (fastupdate = off);
CREATE INDEX events_at ON events USING brin (at) WITH (pages_per_range = 32, autosummarize = on);
CREATE INDEX events_area ON events USING gist (area) WITH (buffering = auto);
CREATE INDEX events_kind_trgm ON events USING gist (kind gist_trgm_ops(siglen = 64));
CREATE MATERIALIZED VIEW event_counts WITH (fillfactor = 50, autovacuum_enabled = true) AS
  SELECT kind, count(*) AS n FROM events GROUP BY kind;
