-- Extensions live in schema util, which is renamed to ext (rename hint), while citext moves out of it to a new schema txt;
-- their objects are used by column defaults, a generated column, a domain, a CHECK and an index.
CREATE SCHEMA util;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA util;
CREATE EXTENSION pgcrypto WITH SCHEMA util;
CREATE EXTENSION citext WITH SCHEMA util;
CREATE DOMAIN email AS util.citext CHECK (VALUE LIKE '%@%');
CREATE TABLE account (
  id uuid PRIMARY KEY DEFAULT util.uuid_generate_v4(),
  token text NOT NULL DEFAULT encode(util.gen_random_bytes(8), 'hex'),
  mail email NOT NULL,
  login util.citext NOT NULL,
  mail_hash bytea GENERATED ALWAYS AS (util.digest(mail::text, 'sha256')) STORED,
  CONSTRAINT login_len CHECK (length(login) BETWEEN 2 AND 40)
);
CREATE UNIQUE INDEX account_login ON account (login);
CREATE INDEX account_hmac ON account (util.hmac(token, 'k', 'md5'));
