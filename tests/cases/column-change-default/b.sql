CREATE TABLE t (id int PRIMARY KEY, created timestamptz DEFAULT '2020-01-01 00:00:00+00');
