CREATE SCHEMA ext;
CREATE EXTENSION ltree;
CREATE EXTENSION citext;
CREATE DOMAIN label_path AS ltree CHECK (nlevel(VALUE) < 10);
CREATE TABLE category (id int PRIMARY KEY, path ltree NOT NULL DEFAULT 'top'::ltree, alt label_path, name citext, paths ltree[]);
CREATE INDEX category_path ON category USING gist (path);
CREATE INDEX category_path_depth ON category (nlevel(path));
CREATE FUNCTION depth_of(p ltree) RETURNS int LANGUAGE sql IMMUTABLE RETURN nlevel(p);
CREATE VIEW deep AS SELECT id, path, subpath(path, 0, 1) AS root FROM category WHERE path <@ 'top.a'::ltree AND depth_of(path) > 2;
