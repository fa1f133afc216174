-- A comment on an inherited-only column is the child's own (pg_dump writes it), on an existing and a new child.
CREATE TABLE p (a int);
CREATE TABLE c () INHERITS (p);
COMMENT ON COLUMN c.a IS 'child view of a';
CREATE TABLE c2 () INHERITS (p);
COMMENT ON COLUMN c2.a IS 'a new child''s own comment';
