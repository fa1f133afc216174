CREATE DOMAIN tag_list AS text[] CONSTRAINT tag_list_max5 CHECK (cardinality(VALUE) <= 5);
CREATE TABLE posts (id int PRIMARY KEY, tags tag_list NOT NULL DEFAULT '{}');
