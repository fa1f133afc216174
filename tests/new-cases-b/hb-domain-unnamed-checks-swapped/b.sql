CREATE DOMAIN username AS text CHECK (VALUE ~ '^[a-z0-9_]+$') CHECK (length(VALUE) >= 3);
CREATE TABLE accounts (id int PRIMARY KEY, login username UNIQUE);
