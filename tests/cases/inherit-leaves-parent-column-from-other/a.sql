CREATE TABLE p1 (id int, c text);
CREATE TABLE p2 (c text, d int, CONSTRAINT p2_d_check CHECK (d > 0));
-- c from both parents, d and the CHECK from p2 only.
CREATE TABLE ch (own int) INHERITS (p1, p2);
