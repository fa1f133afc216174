CREATE TABLE p1 (a int);
CREATE TABLE p2 (b int, CHECK (b > 0));
CREATE TABLE c () INHERITS (p1, p2);
