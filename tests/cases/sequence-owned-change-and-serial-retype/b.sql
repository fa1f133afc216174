CREATE TABLE t (id bigserial, other int);
