CREATE EXTENSION citext;
CREATE DOMAIN email AS citext;
CREATE TABLE t (e email);
