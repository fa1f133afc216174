-- p2 goes while c stays: NO INHERIT before DROP TABLE; the b and CHECK c had from p2 alone are left on it, and dropped.
CREATE TABLE p1 (a int);
CREATE TABLE c () INHERITS (p1);
