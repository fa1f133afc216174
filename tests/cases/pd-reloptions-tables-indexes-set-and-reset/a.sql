-- Storage parameters are tuned after production observations: some are set,
-- some changed and some reset, on heap, TOAST, btree/gin/brin/gist indexes and a
-- materialized view; none of this should rebuild anything.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE events (
  id bigint PRIMARY KEY WITH (fillfactor = 90),
  kind text NOT NULL,
  at timestamptz NOT NULL,
  payload jsonb,
  area box
) WITH (autovacuum_vacuum_scale_factor = 0.2, autovacuum_analyze_threshold = 500,
        toast.autovacuum_enabled = false, vacuum_truncate = false, parallel_workers = 2);
CREATE INDEX events_kind ON events (kind) WITH (deduplicate_items = off);
CREATE INDEX events_payload ON events USING gin (payload) WITH (fastupdate = on, gin_pending_list_limit = 1024);
CREATE INDEX events_at ON events USING brin (at) WITH (pages_per_range = 32);
CREATE INDEX events_area ON events USING gist (area) WITH (buffering = off, fillfactor = 80);
CREATE INDEX events_kind_trgm ON events USING gist (kind gist_trgm_ops(siglen = 64));
CREATE MATERIALIZED VIEW event_counts WITH (autovacuum_enabled = false) AS
  SELECT kind, count(*) AS n FROM events GROUP BY kind;
