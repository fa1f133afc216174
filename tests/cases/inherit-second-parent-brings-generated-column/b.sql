-- g comes from p2 only, a generated column reading a: the helper parent needs a too.
CREATE TABLE p1 (a int);
CREATE TABLE p2 (a int, g int GENERATED ALWAYS AS (a * 2) STORED);
CREATE TABLE c () INHERITS (p1, p2);
