-- pgcrypto moves into schema ext while a column default, a CHECK and a generated column call
-- its functions (their texts change with the schema, the objects themselves do not).
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;
CREATE TABLE api_key (
  id int PRIMARY KEY,
  secret bytea NOT NULL DEFAULT ext.gen_random_bytes(16),
  label text NOT NULL,
  label_hash bytea GENERATED ALWAYS AS (ext.digest(label, 'sha256')) STORED,
  CONSTRAINT api_key_secret_len CHECK (length(secret) >= 16 AND ext.digest(secret, 'md5') IS NOT NULL)
);
