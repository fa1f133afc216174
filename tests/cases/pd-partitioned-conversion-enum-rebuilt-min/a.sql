CREATE TYPE st AS ENUM ('a', 'x', 'b');
CREATE TABLE t (id int, s st);
