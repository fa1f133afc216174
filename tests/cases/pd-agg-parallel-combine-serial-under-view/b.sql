-- A numeric average aggregate built from the internal-state support functions
-- loses its parallel-support (COMBINE/SERIAL/DESERIAL, PARALLEL SAFE); a second
-- aggregate gains FINALFUNC_MODIFY and SSPACE. Both are used by views, so the
-- aggregate (which has no ALTER for these options) must be re-created under them.
CREATE TABLE readings (id int PRIMARY KEY, sensor text NOT NULL, v numeric(10,2));
CREATE AGGREGATE pavg(numeric) (
  SFUNC = numeric_avg_accum, STYPE = internal, FINALFUNC = numeric_avg
);
CREATE FUNCTION cat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT CASE WHEN acc IS NULL THEN x ELSE acc || ',' || x END $$;
CREATE FUNCTION cat_final(acc text) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT '[' || acc || ']' $$;
CREATE AGGREGATE cat(text) (SFUNC = cat_step, STYPE = text, FINALFUNC = cat_final,
  FINALFUNC_MODIFY = READ_WRITE, SSPACE = 256, INITCOND = '', PARALLEL = RESTRICTED);
CREATE VIEW sensor_stats AS
  SELECT sensor, pavg(v) AS avg_v, cat(id::text) AS ids FROM readings GROUP BY sensor;
