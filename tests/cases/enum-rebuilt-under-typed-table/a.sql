CREATE TYPE e AS ENUM ('a', 'b', 'c');
CREATE TYPE ct AS (m e);
CREATE TABLE t OF ct;
