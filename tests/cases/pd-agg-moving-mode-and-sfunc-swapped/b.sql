-- A running-sum aggregate used in a window view gains a moving-aggregate mode
-- (MSFUNC/MINVFUNC/MSTYPE/MINITCOND/MFINALFUNC) and swaps its state function for
-- a new one; the old state function disappears. Comment and grant on the aggregate.
CREATE TABLE ledger (id int PRIMARY KEY, acct int NOT NULL, amount bigint NOT NULL);
CREATE FUNCTION add_step(s bigint, x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT s + x $$;
CREATE FUNCTION madd(s numeric, x bigint) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT s + x $$;
CREATE FUNCTION msub(s numeric, x bigint) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
  AS $$ SELECT s - x $$;
CREATE FUNCTION mfin(s numeric) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT s::bigint $$;
CREATE AGGREGATE running_total(bigint) (SFUNC = add_step, STYPE = bigint, INITCOND = '0',
  MSFUNC = madd, MINVFUNC = msub, MSTYPE = numeric, MINITCOND = '0', MFINALFUNC = mfin);
COMMENT ON AGGREGATE running_total(bigint) IS 'sum that treats NULL as zero';
GRANT EXECUTE ON FUNCTION running_total(bigint) TO app_reader;
CREATE VIEW ledger_running AS
  SELECT id, acct, running_total(amount) OVER (PARTITION BY acct ORDER BY id
         ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS last3
  FROM ledger;
