CREATE TABLE t (id int, flag text DEFAULT 'yes');
