-- A child whose column turns inherited only is recreated; its own children (one with a second
-- parent and a column of its own, one below that) are recreated with it, each keeping its rows.
CREATE TABLE p (x int, y text);
CREATE TABLE other (o int);
CREATE TABLE ch (z int) INHERITS (p);
CREATE TABLE gc (g text) INHERITS (ch, other);
CREATE TABLE ggc () INHERITS (gc);
CREATE INDEX gc_g ON gc (g);
CREATE VIEW gc_view AS SELECT x, g FROM gc;
