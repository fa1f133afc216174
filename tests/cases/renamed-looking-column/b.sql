CREATE TABLE t (id int PRIMARY KEY, new_name text);
