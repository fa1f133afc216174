-- Two operators on a version type start unrelated; in b they are declared each other's
-- negator (and their own commutators), which PostgreSQL 15 cannot ALTER: both are re-created
-- while a CHECK, a partial index, a view and a rule use them.
CREATE SCHEMA ver;
CREATE TYPE ver.semver AS (major int, minor int, patch int);
CREATE FUNCTION ver.same(ver.semver, ver.semver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT
  RETURN ($1.major, $1.minor, $1.patch) = ($2.major, $2.minor, $2.patch);
CREATE FUNCTION ver.differ(ver.semver, ver.semver) RETURNS bool LANGUAGE sql IMMUTABLE STRICT
  RETURN ($1.major, $1.minor, $1.patch) <> ($2.major, $2.minor, $2.patch);
CREATE OPERATOR ver.== (LEFTARG = ver.semver, RIGHTARG = ver.semver, FUNCTION = ver.same);
CREATE OPERATOR ver.!= (LEFTARG = ver.semver, RIGHTARG = ver.semver, FUNCTION = ver.differ);
CREATE TABLE release (
  id int PRIMARY KEY,
  v ver.semver NOT NULL,
  prev ver.semver,
  CONSTRAINT release_moves CHECK (prev IS NULL OR v OPERATOR(ver.!=) prev)
);
CREATE INDEX release_rebuilt ON release (id) WHERE v OPERATOR(ver.==) prev;
CREATE VIEW release_bumps AS SELECT id, v FROM release WHERE v OPERATOR(ver.!=) ROW(1, 0, 0)::ver.semver;
CREATE TABLE release_log (id int, note text);
CREATE RULE release_same_log AS ON UPDATE TO release
  WHERE NEW.v OPERATOR(ver.==) OLD.v DO ALSO INSERT INTO release_log VALUES (NEW.id, 'no-op');
