CREATE TABLE outbox (
  id bigint GENERATED ALWAYS AS IDENTITY,
  uid uuid NOT NULL,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX outbox_uid_key ON outbox (uid);
ALTER TABLE outbox REPLICA IDENTITY USING INDEX outbox_uid_key;
CREATE TABLE customers (
  id integer PRIMARY KEY,
  email text NOT NULL,
  name text
);
ALTER TABLE customers REPLICA IDENTITY FULL;
CREATE PUBLICATION cdc FOR TABLE outbox, customers WITH (publish = 'insert, update, delete');
