CREATE TABLE p1 (a int, s text);
CREATE TABLE p2 (b int, s text);
CREATE TABLE p3 (c int);
CREATE TABLE ch (own int, a int, s text, c int) INHERITS (p1, p3);
