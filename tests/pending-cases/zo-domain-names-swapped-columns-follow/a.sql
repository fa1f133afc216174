CREATE DOMAIN qty AS int CHECK (VALUE >= 0);
CREATE DOMAIN code AS text CHECK (VALUE ~ '^[A-Z]+$');
CREATE TABLE part (id int PRIMARY KEY, n qty NOT NULL, c code NOT NULL);
