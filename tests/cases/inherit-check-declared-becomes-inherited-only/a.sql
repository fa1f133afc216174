-- The child declares the CHECK its parent gives it (conislocal and inherited).
CREATE TABLE parent (a int CONSTRAINT a_positive CHECK (a > 0), b text);
CREATE TABLE child (a int CONSTRAINT a_positive CHECK (a > 0), c int) INHERITS (parent);
CREATE TABLE grandchild () INHERITS (child);
