CREATE TABLE t (id int PRIMARY KEY, created timestamptz DEFAULT now());
