-- A typed table that is itself partitioned (CREATE TABLE ... OF type PARTITION BY), with
-- partitions carrying their own options. The type gains an attribute, loses one and retypes
-- one; the partitions and rows follow, a commented attribute keeps its comment.
CREATE TYPE event_t AS (tenant int, id bigint, kind varchar(40), payload text, received_at timestamptz);
COMMENT ON COLUMN event_t.kind IS 'event kind';
CREATE TABLE event OF event_t (
  tenant WITH OPTIONS NOT NULL,
  id WITH OPTIONS NOT NULL,
  kind WITH OPTIONS DEFAULT 'generic',
  PRIMARY KEY (tenant, id)
) PARTITION BY LIST (tenant);
CREATE TABLE event_t1 PARTITION OF event FOR VALUES IN (1);
CREATE TABLE event_t2 PARTITION OF event (kind DEFAULT 'tenant2') FOR VALUES IN (2);
CREATE TABLE event_rest PARTITION OF event DEFAULT;
CREATE INDEX event_kind ON event (kind);
CREATE VIEW event_kinds AS SELECT tenant, kind, count(*) AS n FROM event GROUP BY tenant, kind;
