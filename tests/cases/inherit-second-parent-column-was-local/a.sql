CREATE TABLE p1 (id int);
CREATE TABLE p2 (c text);
-- c is ch's own here; on b it comes from p2 only, which no ALTER turns a local column into.
CREATE TABLE ch (own int, c text) INHERITS (p1);
