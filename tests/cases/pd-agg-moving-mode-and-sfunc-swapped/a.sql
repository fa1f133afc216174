-- A running-sum aggregate used in a window view gains a moving-aggregate mode
-- (MSFUNC/MINVFUNC/MSTYPE/MINITCOND/MFINALFUNC) and swaps its state function for
-- a new one; the old state function disappears. Comment and grant on the aggregate.
CREATE TABLE ledger (id int PRIMARY KEY, acct int NOT NULL, amount bigint NOT NULL);
CREATE FUNCTION sum_step(s bigint, x bigint) RETURNS bigint LANGUAGE sql IMMUTABLE
  AS $$ SELECT coalesce(s, 0) + coalesce(x, 0) $$;
CREATE AGGREGATE running_total(bigint) (SFUNC = sum_step, STYPE = bigint, INITCOND = '0');
COMMENT ON AGGREGATE running_total(bigint) IS 'sum that treats NULL as zero';
GRANT EXECUTE ON FUNCTION running_total(bigint) TO app_reader;
CREATE VIEW ledger_running AS
  SELECT id, acct, running_total(amount) OVER (PARTITION BY acct ORDER BY id
         ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS last3
  FROM ledger;
