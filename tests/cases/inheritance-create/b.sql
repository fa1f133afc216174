CREATE TABLE parent (id int, name text);
CREATE TABLE child (extra int) INHERITS (parent);
