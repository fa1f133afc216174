-- A team aggregate (product of numbers) is marked PARALLEL SAFE with a combine function. Any
-- way the engine applies that, its users must survive: a materialized view with a unique
-- index and rows, a row security policy whose subquery calls it, and a rule's condition.
CREATE FUNCTION mul_sfunc(numeric, numeric) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT RETURN $1 * $2;
CREATE AGGREGATE product(numeric) (SFUNC = mul_sfunc, STYPE = numeric, INITCOND = '1');
CREATE TABLE factor (grp int NOT NULL, f numeric NOT NULL);
CREATE MATERIALIZED VIEW grp_product AS SELECT grp, product(f) AS p FROM factor GROUP BY grp;
CREATE UNIQUE INDEX grp_product_grp ON grp_product (grp);
CREATE TABLE budget (grp int PRIMARY KEY, cap numeric NOT NULL);
ALTER TABLE budget ENABLE ROW LEVEL SECURITY;
CREATE POLICY budget_within ON budget FOR SELECT
  USING (cap >= (SELECT product(f) FROM factor WHERE factor.grp = budget.grp));
CREATE TABLE factor_log (grp int, note text);
CREATE RULE factor_big AS ON INSERT TO factor
  WHERE (SELECT product(f) FROM factor WHERE grp = NEW.grp) > 1000
  DO ALSO INSERT INTO factor_log VALUES (NEW.grp, 'big');
