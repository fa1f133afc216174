CREATE TABLE p (id int, s text DEFAULT 'a');
CREATE TABLE c () INHERITS (p);
