CREATE TABLE sample (grp int NOT NULL, v numeric NOT NULL);
CREATE FUNCTION sumsq(x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN x * x;
CREATE VIEW sample_energy AS SELECT grp, sum(sumsq(v)) AS e FROM sample GROUP BY grp;
