CREATE SCHEMA archive;
CREATE TABLE events (id bigint NOT NULL, occurred_on date NOT NULL, kind text NOT NULL, actor text, CONSTRAINT events_pkey PRIMARY KEY (id, occurred_on)) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_actor_idx ON events (actor) WHERE actor IS NOT NULL;
CREATE TABLE archive.events_2023 (id bigint NOT NULL, occurred_on date NOT NULL, kind text NOT NULL, actor text,
  CONSTRAINT events_2023_id_day PRIMARY KEY (id, occurred_on),
  CONSTRAINT events_2023_in_range CHECK (occurred_on >= '2023-01-01' AND occurred_on < '2024-01-01'));
CREATE INDEX events_2023_by_kind ON archive.events_2023 (kind);
CREATE INDEX events_2023_by_actor ON archive.events_2023 (actor);
COMMENT ON INDEX archive.events_2023_by_kind IS 'kept from the archive days';
