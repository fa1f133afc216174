CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE webhooks (
  id serial PRIMARY KEY,
  public_id uuid NOT NULL DEFAULT gen_random_uuid(),
  url text NOT NULL,
  headers jsonb,
  payload_template jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz DEFAULT now(),
  CONSTRAINT webhooks_public_id_key UNIQUE (public_id)
);
CREATE INDEX webhooks_headers_gin ON webhooks USING gin (headers jsonb_path_ops);
CREATE TABLE deliveries (
  id bigserial PRIMARY KEY,
  webhook_id integer NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
  response_code integer,
  delivered_at timestamptz
);
CREATE INDEX deliveries_pending_idx ON deliveries (webhook_id) WHERE delivered_at IS NULL;
