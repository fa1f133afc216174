-- A new parent for an existing table: the parent made first, n given to c inherited only; back, NO INHERIT before the parent's drop.
CREATE TABLE p (a int, n text DEFAULT 'x');
CREATE TABLE c (a int, z int) INHERITS (p);
