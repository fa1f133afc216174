CREATE TABLE reading (id int PRIMARY KEY, val numeric NOT NULL, label text NOT NULL);
CREATE FUNCTION fmt(r reading) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC SELECT r.label || ':' || r.val; END;
CREATE FUNCTION score(r reading) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC SELECT r.val * 2; END;
CREATE VIEW reading_out AS SELECT r.id, fmt(r) AS a, score(r) AS b FROM reading r;
CREATE VIEW reading_top AS SELECT id, a FROM reading_out WHERE b > 10;
