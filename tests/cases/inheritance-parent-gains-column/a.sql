CREATE TABLE parent (id int);
CREATE TABLE child (extra int) INHERITS (parent);
