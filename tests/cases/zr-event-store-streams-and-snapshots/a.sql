CREATE SCHEMA es;
CREATE TABLE es.streams (
  stream_id uuid PRIMARY KEY,
  stream_type text NOT NULL,
  version integer NOT NULL DEFAULT 0
);
CREATE TABLE es.events (
  global_position bigserial PRIMARY KEY,
  stream_id uuid NOT NULL REFERENCES es.streams(stream_id),
  version integer NOT NULL,
  event_type text NOT NULL,
  payload json NOT NULL,
  metadata json,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT events_stream_version_key UNIQUE (stream_id, version)
);
CREATE INDEX events_event_type_idx ON es.events (event_type);
CREATE FUNCTION es.append_event(p_stream uuid, p_type text, p_expected integer, p_event_type text, p_payload json)
RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE v_pos bigint;
BEGIN
  INSERT INTO es.streams (stream_id, stream_type) VALUES (p_stream, p_type) ON CONFLICT DO NOTHING;
  UPDATE es.streams SET version = version + 1 WHERE stream_id = p_stream AND version = p_expected;
  IF NOT FOUND THEN RAISE EXCEPTION 'concurrency conflict on %', p_stream; END IF;
  INSERT INTO es.events (stream_id, version, event_type, payload) VALUES (p_stream, p_expected + 1, p_event_type, p_payload)
  RETURNING global_position INTO v_pos;
  RETURN v_pos;
END $$;
CREATE FUNCTION es.notify_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('events', NEW.global_position::text);
  RETURN NULL;
END $$;
CREATE TRIGGER events_notify AFTER INSERT ON es.events FOR EACH ROW EXECUTE FUNCTION es.notify_event();
CREATE FUNCTION es.forbid_mutation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'events are immutable'; END $$;
CREATE TRIGGER events_immutable BEFORE UPDATE OR DELETE ON es.events FOR EACH ROW EXECUTE FUNCTION es.forbid_mutation();
