CREATE TABLE payload (id int PRIMARY KEY, meta jsonb, doc json NOT NULL DEFAULT '{}');
CREATE INDEX payload_meta ON payload USING gin (meta);
CREATE VIEW payload_kind AS SELECT id, doc ->> 'kind' AS kind, meta -> 'v' AS v FROM payload;
