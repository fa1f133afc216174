CREATE TABLE p (k int, v int);
CREATE TABLE c () INHERITS (p);
