CREATE TABLE t (n int, x float8);
-- pct: FINALFUNC_MODIFY away from the ordered-set default (READ_WRITE); its view is re-created.
CREATE AGGREGATE pct(float8 ORDER BY anyelement) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_disc_final, FINALFUNC_EXTRA, FINALFUNC_MODIFY = SHAREABLE);
-- msum: moving-mode options changed.
CREATE AGGREGATE msum(int) (SFUNC = int4_avg_accum, STYPE = int8[], INITCOND = '{0,0}', FINALFUNC = int8_avg,
  MSFUNC = int4_avg_accum, MINVFUNC = int4_avg_accum_inv, MSTYPE = int8[], MSSPACE = 16, MINITCOND = '{0,0}',
  MFINALFUNC = int8_avg, MFINALFUNC_MODIFY = SHAREABLE);
-- myrank: unchanged, but commented and not executable by PUBLIC (GRANT names it by its argument types).
CREATE AGGREGATE myrank(VARIADIC "any" ORDER BY VARIADIC "any") (SFUNC = ordered_set_transition_multi,
  STYPE = internal, FINALFUNC = rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
COMMENT ON AGGREGATE myrank(VARIADIC "any" ORDER BY VARIADIC "any") IS 'rank of a hypothetical row';
REVOKE EXECUTE ON FUNCTION myrank("any") FROM PUBLIC;
-- An ordered-set aggregate with FINALFUNC_MODIFY = READ_ONLY, which is not its kind's default.
CREATE AGGREGATE median(float8 ORDER BY float8) (SFUNC = ordered_set_transition, STYPE = internal,
  FINALFUNC = percentile_cont_float8_final, FINALFUNC_MODIFY = READ_ONLY, PARALLEL = SAFE);
GRANT EXECUTE ON FUNCTION pct(float8, anyelement) TO app_reader;
CREATE VIEW ranks AS SELECT myrank(3) WITHIN GROUP (ORDER BY n) AS r, pct(0.5) WITHIN GROUP (ORDER BY x) AS p FROM t;
CREATE VIEW moving AS SELECT msum(n) OVER (ORDER BY n ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS m FROM t;
