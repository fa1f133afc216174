CREATE TYPE e AS ENUM ('x', 'y');
CREATE TABLE t (id int, k e);
CREATE PUBLICATION p FOR TABLE t (id, k);
