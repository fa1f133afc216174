CREATE DOMAIN qty AS text CHECK (VALUE ~ '^[A-Z]+$');
CREATE DOMAIN code AS int CHECK (VALUE >= 0);
CREATE TABLE part (id int PRIMARY KEY, n code NOT NULL, c qty NOT NULL);
