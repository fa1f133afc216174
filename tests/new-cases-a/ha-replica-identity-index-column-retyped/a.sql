CREATE TABLE outbox (id int NOT NULL, topic text NOT NULL, payload jsonb);
CREATE UNIQUE INDEX outbox_id_key ON outbox (id);
ALTER TABLE outbox REPLICA IDENTITY USING INDEX outbox_id_key;
