CREATE TABLE p (id int, CHECK (id > 0));
CREATE TABLE c (x int) INHERITS (p);
