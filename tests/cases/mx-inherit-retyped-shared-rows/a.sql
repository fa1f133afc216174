-- A column two parents give the child, retyped in both: the child leaves the second parent
-- around the ALTERs (a parent's ALTER is refused while another gives the column too); the
-- other columns the second parent gives stay inherited only through a helper parent.
CREATE TABLE p1 (q int, only1 text);
CREATE TABLE p2 (q int, only2 text CHECK (only2 <> ''));
CREATE TABLE p3 (z int);
CREATE TABLE ch (own int) INHERITS (p1, p2, p3);
