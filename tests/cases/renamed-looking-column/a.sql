CREATE TABLE t (id int PRIMARY KEY, old_name text);
