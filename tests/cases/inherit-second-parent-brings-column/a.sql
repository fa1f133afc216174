CREATE TABLE p1 (id int);
CREATE TABLE p2 (c text NOT NULL DEFAULT 'x', n int, CONSTRAINT p2_c_check CHECK (c <> ''));
CREATE TABLE ch (own int) INHERITS (p1);
