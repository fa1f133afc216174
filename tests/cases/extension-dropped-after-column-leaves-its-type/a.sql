CREATE EXTENSION citext;
CREATE TABLE t (c citext);
