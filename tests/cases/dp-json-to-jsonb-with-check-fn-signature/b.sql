CREATE FUNCTION payload_ok(p jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN jsonb_typeof(p) = 'object';
CREATE FUNCTION payload_kind(p jsonb) RETURNS text LANGUAGE sql IMMUTABLE RETURN p ->> 'kind';
CREATE TABLE event (
  id int PRIMARY KEY,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  CONSTRAINT event_payload_ok CHECK (payload_ok(payload))
);
CREATE INDEX event_kind ON event (payload_kind(payload));
CREATE VIEW event_kinds AS SELECT id, payload_kind(payload) AS kind FROM event;
