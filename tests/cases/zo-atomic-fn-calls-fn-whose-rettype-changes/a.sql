CREATE TABLE score (id int PRIMARY KEY, pts int NOT NULL);
CREATE FUNCTION base_pts(i int) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT pts FROM score WHERE id = i; END;
CREATE FUNCTION bonus_pts(i int) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT base_pts(i) * 2; END;
CREATE FUNCTION label(i int) RETURNS text LANGUAGE sql STABLE
BEGIN ATOMIC SELECT 'p' || bonus_pts(i); END;
CREATE VIEW score_labels AS SELECT id, label(id) AS l, bonus_pts(id) AS b FROM score;
