CREATE SCHEMA es;
CREATE TABLE es.streams (
  stream_id uuid PRIMARY KEY,
  stream_type text NOT NULL,
  version integer NOT NULL DEFAULT 0,
  tenant_id integer NOT NULL DEFAULT 0
);
CREATE INDEX streams_tenant_type_idx ON es.streams (tenant_id, stream_type);
CREATE TABLE es.events (
  global_position bigserial PRIMARY KEY,
  stream_id uuid NOT NULL REFERENCES es.streams(stream_id),
  version integer NOT NULL,
  event_type text NOT NULL,
  payload jsonb NOT NULL,
  metadata jsonb NOT NULL DEFAULT '{}'::jsonb,
  correlation_id uuid GENERATED ALWAYS AS ((metadata ->> 'correlation_id')::uuid) STORED,
  recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, version),
  CONSTRAINT events_version_positive CHECK (version > 0)
);
CREATE INDEX events_event_type_idx ON es.events (event_type, global_position);
CREATE INDEX events_correlation_idx ON es.events (correlation_id) WHERE correlation_id IS NOT NULL;
CREATE INDEX events_payload_gin ON es.events USING gin (payload jsonb_path_ops);
CREATE TABLE es.snapshots (
  stream_id uuid NOT NULL REFERENCES es.streams(stream_id) ON DELETE CASCADE,
  version integer NOT NULL,
  state jsonb NOT NULL,
  taken_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (stream_id, version)
);
CREATE TABLE es.subscriptions (
  name text PRIMARY KEY,
  last_position bigint NOT NULL DEFAULT 0
);
CREATE FUNCTION es.append_event(p_stream uuid, p_type text, p_expected integer, p_event_type text, p_payload jsonb, p_metadata jsonb DEFAULT '{}')
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v_pos bigint;
BEGIN
  INSERT INTO es.streams (stream_id, stream_type) VALUES (p_stream, p_type) ON CONFLICT DO NOTHING;
  UPDATE es.streams SET version = version + 1 WHERE stream_id = p_stream AND version = p_expected;
  IF NOT FOUND THEN RAISE EXCEPTION 'concurrency conflict on %', p_stream USING ERRCODE = 'serialization_failure'; END IF;
  INSERT INTO es.events (stream_id, version, event_type, payload, metadata) VALUES (p_stream, p_expected + 1, p_event_type, p_payload, p_metadata)
  RETURNING global_position INTO v_pos;
  RETURN v_pos;
END $$;
CREATE FUNCTION es.notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('es_events', json_build_object('pos', NEW.global_position, 'type', NEW.event_type)::text);
  RETURN NULL;
END $$;
CREATE TRIGGER events_notify AFTER INSERT ON es.events FOR EACH ROW EXECUTE FUNCTION es.notify_event();
CREATE FUNCTION es.forbid_mutation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'events are immutable'; END $$;
CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON es.events FOR EACH ROW EXECUTE FUNCTION es.forbid_mutation();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON es.events FOR EACH STATEMENT EXECUTE FUNCTION es.forbid_mutation();
