-- A polymorphic "last value" aggregate (FINALFUNC_EXTRA, anyarray state) used by a view and by
-- a BEGIN ATOMIC function; in b it gains PARALLEL SAFE with a combine function and a
-- read-only final function, plus a hypothetical-set aggregate built on the core support
-- functions appears and is used by a view.
CREATE FUNCTION last_push(anyarray, anyelement) RETURNS anyarray LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT $1 || $2';
CREATE FUNCTION last_pick(anyarray, anyelement) RETURNS anyelement LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT $1[array_upper($1, 1)]';
CREATE FUNCTION last_merge(anyarray, anyarray) RETURNS anyarray LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS 'SELECT $1 || $2';
CREATE AGGREGATE last_of(anyelement) (SFUNC = last_push, STYPE = anyarray, INITCOND = '{}',
  FINALFUNC = last_pick, FINALFUNC_EXTRA, FINALFUNC_MODIFY = READ_ONLY,
  COMBINEFUNC = last_merge, PARALLEL = SAFE);
CREATE TABLE reading (sensor text NOT NULL, at int NOT NULL, val numeric NOT NULL, note text);
CREATE VIEW latest_reading AS
  SELECT sensor, last_of(val ORDER BY at) AS val, last_of(note ORDER BY at) AS note
  FROM reading GROUP BY sensor;
CREATE FUNCTION latest_val(s text) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT last_of(val ORDER BY at) FROM reading WHERE sensor = s;
END;
CREATE AGGREGATE dense_place(VARIADIC "any" ORDER BY VARIADIC "any") (
  SFUNC = ordered_set_transition_multi, STYPE = internal,
  FINALFUNC = dense_rank_final, FINALFUNC_EXTRA, HYPOTHETICAL);
CREATE VIEW reading_place AS
  SELECT sensor, dense_place(50::numeric) WITHIN GROUP (ORDER BY val) AS place
  FROM reading GROUP BY sensor;
