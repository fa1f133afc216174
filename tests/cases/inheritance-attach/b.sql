CREATE TABLE parent (id int);
CREATE TABLE child (id int, extra int) INHERITS (parent);
