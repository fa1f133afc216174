-- The root is partitioned by region; one region is sub-partitioned by a
-- bucket number. Widening bucket (int -> bigint) on the root would recurse
-- into a partition whose own key uses it, which PostgreSQL refuses, so that
-- sub-tree has to be rebuilt with its rows.
CREATE TABLE events (id bigint NOT NULL, region text NOT NULL, bucket int NOT NULL, payload text)
  PARTITION BY LIST (region);
CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('eu') PARTITION BY RANGE (bucket);
CREATE TABLE events_eu_low PARTITION OF events_eu FOR VALUES FROM (0) TO (100);
CREATE TABLE events_eu_high PARTITION OF events_eu FOR VALUES FROM (100) TO (MAXVALUE);
CREATE TABLE events_us PARTITION OF events FOR VALUES IN ('us');
