CREATE TABLE p1 (id int);
CREATE TABLE p2 (c text NOT NULL DEFAULT 'x', n int, CONSTRAINT p2_c_check CHECK (c <> ''));
-- c, n and the CHECK come from p2 alone (not local): INHERIT would need them on ch first, which
-- leaves them local.
CREATE TABLE ch (own int) INHERITS (p1, p2);
