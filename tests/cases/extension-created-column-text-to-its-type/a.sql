-- Columns move onto extension types created in b: text to citext (with its unique index)
-- and text to ltree (with a GiST index added); back in a the extensions go after the columns.
CREATE TABLE node (id int PRIMARY KEY, name text NOT NULL UNIQUE, path text NOT NULL);
CREATE VIEW node_names AS SELECT id, name FROM node;
