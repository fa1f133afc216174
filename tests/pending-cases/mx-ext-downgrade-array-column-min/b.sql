CREATE EXTENSION hstore VERSION '1.8';
CREATE TABLE t (id int, arr hstore[]);
