CREATE TABLE t (id int PRIMARY KEY, seq bigserial);
