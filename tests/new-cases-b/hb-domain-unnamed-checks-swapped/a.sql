CREATE DOMAIN username AS text CHECK (length(VALUE) >= 3) CHECK (VALUE ~ '^[a-z0-9_]+$');
CREATE TABLE accounts (id int PRIMARY KEY, login username UNIQUE);
