CREATE TABLE p1 (a int);
CREATE TABLE p2 (b int);
CREATE TABLE p3 (c int);
CREATE TABLE ch () INHERITS (p1, p2, p3);
