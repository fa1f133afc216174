CREATE EXTENSION hstore VERSION '1.4';
CREATE TABLE t (id int, arr hstore[]);
