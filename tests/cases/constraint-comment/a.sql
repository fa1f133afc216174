CREATE TABLE t (id int PRIMARY KEY, n int CONSTRAINT n_pos CHECK (n > 0));
