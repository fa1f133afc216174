CREATE DOMAIN tag_list AS text[];
CREATE TABLE posts (id int PRIMARY KEY, tags tag_list NOT NULL DEFAULT '{}');
