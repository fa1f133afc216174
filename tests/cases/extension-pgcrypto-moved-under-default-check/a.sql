-- pgcrypto moves into schema ext while a column default, a CHECK and a generated column call
-- its functions (their texts change with the schema, the objects themselves do not).
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE api_key (
  id int PRIMARY KEY,
  secret bytea NOT NULL DEFAULT gen_random_bytes(16),
  label text NOT NULL,
  label_hash bytea GENERATED ALWAYS AS (digest(label, 'sha256')) STORED,
  CONSTRAINT api_key_secret_len CHECK (length(secret) >= 16 AND digest(secret, 'md5') IS NOT NULL)
);
