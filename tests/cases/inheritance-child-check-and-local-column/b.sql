CREATE TABLE p (id int, note text, CHECK (id > 0));
CREATE TABLE c (x int, note text) INHERITS (p);
ALTER TABLE c ADD CONSTRAINT c_x CHECK (x < 10);
