-- An enum loses a label, which rebuilds it. A custom "at least" operator over the enum, a
-- hash class on it (support function taking the enum), an index using that class, a view
-- using the operator and an exclusion constraint using the class all have to move over.
CREATE TYPE severity AS ENUM ('debug', 'info', 'warn', 'error');
CREATE FUNCTION sev_at_least(severity, severity) RETURNS bool LANGUAGE sql IMMUTABLE STRICT
  RETURN $1 >= $2;
CREATE OPERATOR >>= (LEFTARG = severity, RIGHTARG = severity, FUNCTION = sev_at_least);
CREATE FUNCTION sev_hash(severity) RETURNS int LANGUAGE sql IMMUTABLE STRICT
  RETURN hashtext($1::text);
CREATE OPERATOR CLASS severity_hash_ops FOR TYPE severity USING hash AS
  OPERATOR 1 = (anyenum, anyenum), FUNCTION 1 sev_hash(severity);
CREATE TABLE alert (id int PRIMARY KEY, sev severity NOT NULL DEFAULT 'info', msg text);
CREATE INDEX alert_sev_hash ON alert USING hash (sev severity_hash_ops);
CREATE TABLE oncall (sev severity NOT NULL, person text NOT NULL,
  EXCLUDE USING hash (sev severity_hash_ops WITH =));
CREATE VIEW loud_alert AS SELECT id, msg FROM alert WHERE sev >>= 'warn';
