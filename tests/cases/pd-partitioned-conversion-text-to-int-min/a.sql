CREATE TABLE t (id int, c text);
