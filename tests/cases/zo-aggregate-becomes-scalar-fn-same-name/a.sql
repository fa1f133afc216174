CREATE TABLE sample (grp int NOT NULL, v numeric NOT NULL);
CREATE FUNCTION sumsq_step(acc numeric, x numeric) RETURNS numeric LANGUAGE sql IMMUTABLE RETURN acc + x * x;
CREATE AGGREGATE sumsq(numeric) (SFUNC = sumsq_step, STYPE = numeric, INITCOND = '0');
CREATE VIEW sample_energy AS SELECT grp, sumsq(v) AS e FROM sample GROUP BY grp;
