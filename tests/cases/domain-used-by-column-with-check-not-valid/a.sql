CREATE DOMAIN pos AS int;
CREATE TABLE t (n pos);
