CREATE SCHEMA ext;
CREATE EXTENSION ltree;
CREATE TABLE category (id int, path ltree);
