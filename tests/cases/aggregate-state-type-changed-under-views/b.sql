-- An aggregate's state type and functions change while a view and a materialized view (with
-- an index and rows) use it: CREATE OR REPLACE AGGREGATE keeps them, the old functions go after.
CREATE TABLE reading (sensor int NOT NULL, v numeric NOT NULL);
CREATE FUNCTION rms_acc(acc numeric[], x numeric) RETURNS numeric[] LANGUAGE sql IMMUTABLE STRICT
  RETURN ARRAY[acc[1] + x * x, acc[2] + 1];
CREATE FUNCTION rms_final(acc numeric[]) RETURNS float8 LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN acc[2] = 0 THEN NULL ELSE sqrt(acc[1] / acc[2])::float8 END;
CREATE AGGREGATE rms(numeric) (SFUNC = rms_acc, STYPE = numeric[], FINALFUNC = rms_final, INITCOND = '{0,0}',
  PARALLEL = SAFE);
CREATE VIEW sensor_rms AS SELECT sensor, rms(v) AS rms FROM reading GROUP BY sensor;
CREATE MATERIALIZED VIEW sensor_rms_mv AS SELECT sensor, rms(v) AS rms FROM reading GROUP BY sensor;
CREATE UNIQUE INDEX sensor_rms_mv_sensor ON sensor_rms_mv (sensor);
