CREATE TABLE events (id bigint NOT NULL, kind text NOT NULL, at timestamptz NOT NULL, payload jsonb)
  PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
-- built standalone by a loader, with its columns in another order and a dropped column
CREATE TABLE events_view (payload jsonb, junk int, at timestamptz NOT NULL, kind text NOT NULL, id bigint NOT NULL);
ALTER TABLE events_view DROP COLUMN junk;
ALTER TABLE events ATTACH PARTITION events_view FOR VALUES IN ('view');
