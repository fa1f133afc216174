-- Columns move onto extension types created in b: text to citext (with its unique index)
-- and text to ltree (with a GiST index added); back in a the extensions go after the columns.
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS ltree;
CREATE TABLE node (id int PRIMARY KEY, name citext NOT NULL UNIQUE, path ltree NOT NULL);
CREATE INDEX node_path ON node USING gist (path);
CREATE VIEW node_names AS SELECT id, name FROM node;
