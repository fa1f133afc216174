CREATE SCHEMA archive;
CREATE TABLE tenants (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE events (
  id bigint NOT NULL,
  tenant_id integer NOT NULL REFERENCES tenants (id),
  occurred_on date NOT NULL,
  kind text NOT NULL,
  payload jsonb,
  PRIMARY KEY (id, occurred_on)
) PARTITION BY RANGE (occurred_on);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_tenant_idx ON events (tenant_id, occurred_on);
CREATE TABLE event_attachments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  event_id bigint,
  occurred_on date,
  url text NOT NULL,
  CONSTRAINT event_attachments_event_fk FOREIGN KEY (event_id, occurred_on) REFERENCES events (id, occurred_on) ON DELETE CASCADE
);
CREATE TABLE event_counts (tenant_id integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0);
CREATE FUNCTION bump_event_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO event_counts AS c (tenant_id, n) VALUES (NEW.tenant_id, 1)
  ON CONFLICT (tenant_id) DO UPDATE SET n = c.n + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER events_count AFTER INSERT ON events FOR EACH ROW EXECUTE FUNCTION bump_event_count();
CREATE FUNCTION check_counts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.n < 0 THEN RAISE EXCEPTION 'negative count for %', NEW.tenant_id; END IF;
  RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER event_counts_nonneg AFTER UPDATE ON event_counts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION check_counts();
