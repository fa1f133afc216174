CREATE TABLE p1 (q bigint);
CREATE TABLE p2 (q bigint);
CREATE TABLE ch () INHERITS (p1, p2);
