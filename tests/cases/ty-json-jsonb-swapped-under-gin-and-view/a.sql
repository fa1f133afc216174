CREATE TABLE payload (id int PRIMARY KEY, meta json, doc jsonb NOT NULL DEFAULT '{}');
CREATE INDEX payload_doc ON payload USING gin (doc jsonb_path_ops);
CREATE VIEW payload_kind AS SELECT id, doc ->> 'kind' AS kind, meta -> 'v' AS v FROM payload;
