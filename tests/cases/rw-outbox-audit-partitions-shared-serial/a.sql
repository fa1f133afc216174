CREATE SCHEMA events;
CREATE UNLOGGED TABLE events.outbox (
  id serial PRIMARY KEY,
  aggregate_type varchar(40) NOT NULL,
  aggregate_id text NOT NULL,
  event_type varchar(60) NOT NULL,
  payload json NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  published_at timestamptz
) WITH (fillfactor = 90);
CREATE INDEX outbox_unpublished_idx ON events.outbox (created_at) WHERE published_at IS NULL;
CREATE TABLE events.outbox_dead_letters (
  id integer NOT NULL DEFAULT nextval('events.outbox_id_seq') PRIMARY KEY,
  event_type varchar(60) NOT NULL,
  payload json NOT NULL,
  error text
);
CREATE FUNCTION events.notify_outbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('outbox', NEW.id::text);
  RETURN NEW;
END $$;
CREATE TRIGGER outbox_notify AFTER INSERT ON events.outbox FOR EACH ROW EXECUTE FUNCTION events.notify_outbox();
CREATE TABLE events.audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL,
  actor text,
  action text NOT NULL,
  detail jsonb,
  PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events.audit_log_2024_01 PARTITION OF events.audit_log FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events.audit_log_2024_02 PARTITION OF events.audit_log FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE INDEX audit_log_actor_idx ON events.audit_log (actor);
COMMENT ON TABLE events.audit_log IS 'monthly partitions';
CREATE FUNCTION events.log_action(p_actor text, p_action text, p_detail jsonb DEFAULT NULL) RETURNS void
LANGUAGE sql AS $$ INSERT INTO events.audit_log (at, actor, action, detail) VALUES (now(), p_actor, p_action, p_detail) $$;
GRANT SELECT ON events.audit_log TO app_reader;
GRANT INSERT ON events.outbox TO app_writer;
