-- The child has the CHECK from its parent only: no ALTER clears conislocal.
CREATE TABLE parent (a int CONSTRAINT a_positive CHECK (a > 0), b text);
CREATE TABLE child (a int, c int) INHERITS (parent);
CREATE TABLE grandchild () INHERITS (child);
