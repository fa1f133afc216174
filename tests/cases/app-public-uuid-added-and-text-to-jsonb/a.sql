CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE webhooks (
  id serial PRIMARY KEY,
  url varchar(2048) NOT NULL,
  headers text,
  payload_template text NOT NULL DEFAULT '{}',
  created_at timestamp DEFAULT now()
);
CREATE TABLE deliveries (
  id bigserial PRIMARY KEY,
  webhook_id integer NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  response_code integer,
  delivered_at timestamp
);
