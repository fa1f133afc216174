-- s declared by the child too: its own (attislocal), which no ALTER makes of an inherited-only column.
CREATE TABLE p (id int, s text DEFAULT 'a');
CREATE TABLE c (s text DEFAULT 'child') INHERITS (p);
