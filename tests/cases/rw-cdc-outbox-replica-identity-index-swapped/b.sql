CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY,
  uid uuid NOT NULL,
  topic varchar(200) NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX outbox_uid_key ON outbox (uid, created_at);
ALTER TABLE outbox REPLICA IDENTITY USING INDEX outbox_uid_key;
CREATE INDEX outbox_topic_idx ON outbox (topic);
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email text NOT NULL,
  name text
);
CREATE UNIQUE INDEX customers_email_key ON customers (email);
ALTER TABLE customers REPLICA IDENTITY USING INDEX customers_email_key;
CREATE PUBLICATION cdc FOR TABLE outbox (id, uid, topic, payload, created_at), customers WITH (publish = 'insert, update');
