CREATE TYPE a AS ENUM ('w', 'x', 'y');
CREATE TYPE b AS ENUM ('r', 'p');
CREATE TABLE t (a a DEFAULT 'w', b b DEFAULT 'p');
