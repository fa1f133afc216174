CREATE TABLE p1 (a int, s text);
CREATE TABLE p2 (b int, s text);
CREATE TABLE p3 (c int);
-- Declared locally too: INHERIT can only leave the child's columns local, so both sides say so.
CREATE TABLE ch (own int, a int, s text, b int) INHERITS (p1, p2);
