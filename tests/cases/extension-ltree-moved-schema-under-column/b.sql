CREATE SCHEMA ext;
CREATE EXTENSION ltree WITH SCHEMA ext;
CREATE TABLE category (id int, path ext.ltree);
