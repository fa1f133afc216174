CREATE TABLE p1 (id int);
CREATE TABLE p2 (c text);
CREATE TABLE ch (own int) INHERITS (p1, p2);
