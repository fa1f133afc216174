CREATE SCHEMA ext;
CREATE SCHEMA txt;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA ext;
CREATE EXTENSION pgcrypto WITH SCHEMA ext;
CREATE EXTENSION citext WITH SCHEMA txt;
CREATE DOMAIN email AS txt.citext CHECK (VALUE LIKE '%@%');
CREATE TABLE account (
  id uuid PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
  token text NOT NULL DEFAULT encode(ext.gen_random_bytes(8), 'hex'),
  mail email NOT NULL,
  login txt.citext NOT NULL,
  mail_hash bytea GENERATED ALWAYS AS (ext.digest(mail::text, 'sha256')) STORED,
  CONSTRAINT login_len CHECK (length(login) BETWEEN 2 AND 40)
);
CREATE UNIQUE INDEX account_login ON account (login);
CREATE INDEX account_hmac ON account (ext.hmac(token, 'k', 'md5'));
