CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, at timestamptz NOT NULL, payload jsonb, source text DEFAULT 'web')
  PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_view (payload jsonb, junk int, at timestamptz NOT NULL, kind text NOT NULL, id bigint NOT NULL, source text DEFAULT 'web');
ALTER TABLE events_view DROP COLUMN junk;
ALTER TABLE events ATTACH PARTITION events_view FOR VALUES IN ('view');
CREATE INDEX events_at ON events (at);
CREATE INDEX events_view_payload ON events_view USING gin (payload jsonb_path_ops);
