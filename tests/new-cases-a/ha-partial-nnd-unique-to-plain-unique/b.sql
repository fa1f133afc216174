CREATE TABLE api_keys (id int PRIMARY KEY, user_id int, label text, revoked boolean NOT NULL DEFAULT false);
CREATE UNIQUE INDEX api_keys_label ON api_keys (user_id, label) WHERE NOT revoked;
