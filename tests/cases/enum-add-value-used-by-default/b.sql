CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (s st DEFAULT 'c', CHECK (s <> 'b'));
