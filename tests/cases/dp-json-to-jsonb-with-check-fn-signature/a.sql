CREATE FUNCTION payload_ok(p json) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN json_typeof(p) = 'object';
CREATE FUNCTION payload_kind(p json) RETURNS text LANGUAGE sql IMMUTABLE RETURN p ->> 'kind';
CREATE TABLE event (
  id int PRIMARY KEY,
  payload json NOT NULL DEFAULT '{}'::json,
  CONSTRAINT event_payload_ok CHECK (payload_ok(payload))
);
CREATE INDEX event_kind ON event (payload_kind(payload));
CREATE VIEW event_kinds AS SELECT id, payload_kind(payload) AS kind FROM event;
