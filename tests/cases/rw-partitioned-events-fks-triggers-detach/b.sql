CREATE SCHEMA archive;
CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE events (
  id bigint NOT NULL,
  tenant_id integer NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  occurred_on date NOT NULL,
  kind text NOT NULL,
  payload jsonb,
  source text,
  PRIMARY KEY (id, occurred_on)
) PARTITION BY RANGE (occurred_on);
CREATE TABLE archive.events_2023 (
  id bigint NOT NULL,
  tenant_id integer NOT NULL,
  occurred_on date NOT NULL,
  kind text NOT NULL,
  payload jsonb,
  CONSTRAINT events_2023_pkey PRIMARY KEY (id, occurred_on),
  CONSTRAINT events_tenant_id_fkey FOREIGN KEY (tenant_id) REFERENCES tenants (id),
  CONSTRAINT events_2023_range CHECK (occurred_on >= '2023-01-01' AND occurred_on < '2024-01-01')
);
COMMENT ON TABLE archive.events_2023 IS 'detached, read only';
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_tenant_idx ON events (tenant_id, occurred_on) INCLUDE (kind);
CREATE INDEX events_kind_idx ON events (kind) WHERE kind <> 'heartbeat';
CREATE TABLE event_attachments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id bigint,
  occurred_on date,
  url text NOT NULL,
  CONSTRAINT event_attachments_event_fk FOREIGN KEY (event_id, occurred_on) REFERENCES events (id, occurred_on) ON DELETE SET NULL (event_id)
);
CREATE TABLE event_counts (tenant_id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0, last_kind text);
CREATE FUNCTION bump_event_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_counts AS c (tenant_id, n, last_kind) VALUES (NEW.tenant_id, 1, NEW.kind)
  ON CONFLICT (tenant_id) DO UPDATE SET n = c.n + 1, last_kind = EXCLUDED.last_kind;
  RETURN NULL;
END $$;
CREATE TRIGGER events_count AFTER INSERT ON events FOR EACH ROW WHEN (NEW.kind <> 'heartbeat') EXECUTE FUNCTION bump_event_count();
CREATE FUNCTION check_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.n < OLD.n THEN RAISE EXCEPTION 'count went down for %', NEW.tenant_id; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER event_counts_nonneg AFTER UPDATE OF n ON event_counts DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW EXECUTE FUNCTION check_counts();
