CREATE TABLE p1 (label text);
CREATE TABLE p2 (label text);
CREATE TABLE ch () INHERITS (p1, p2);
