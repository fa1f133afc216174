CREATE TABLE t (id serial PRIMARY KEY, v text);
