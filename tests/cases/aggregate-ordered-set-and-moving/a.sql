CREATE TABLE t (n int, x float8);
-- Ordered-set (direct argument, then ORDER BY), moving-mode and hypothetical-set aggregates.
CREATE AGGREGATE pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA);
CREATE AGGREGATE msum(int) (SFUNC = int4_avg_accum, STYPE = int8[], INITCOND = '{0,0}', FINALFUNC = int8_avg,
  MSFUNC = int4_avg_accum, MINVFUNC = int4_avg_accum_inv, MSTYPE = int8[], MINITCOND = '{0,0}', MFINALFUNC = int8_avg);
CREATE AGGREGATE myrank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi,
  STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE AGGREGATE gone(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_cont_float8_final);
CREATE VIEW ranks AS SELECT myrank(3) WITHIN GROUP (ORDER BY n) AS r, pct(0.5) WITHIN GROUP (ORDER BY x) AS p FROM t;
CREATE VIEW moving AS SELECT msum(n) OVER (ORDER BY n ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS m FROM t;
