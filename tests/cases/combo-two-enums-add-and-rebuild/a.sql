CREATE TYPE a AS ENUM ('x', 'y');
CREATE TYPE b AS ENUM ('p', 'q', 'r');
CREATE TABLE t (a a, b b DEFAULT 'q');
