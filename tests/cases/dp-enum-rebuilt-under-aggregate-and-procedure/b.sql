CREATE TYPE severity AS ENUM ('debug', 'info', 'warn', 'error');
CREATE FUNCTION severity_max(a severity, b severity) RETURNS severity LANGUAGE sql IMMUTABLE
  RETURN CASE WHEN a IS NULL OR b > a THEN b ELSE a END;
CREATE AGGREGATE worst(severity) (sfunc = severity_max, stype = severity);
CREATE TABLE log_line (id int PRIMARY KEY, sev severity NOT NULL, msg text);
CREATE VIEW worst_by_msg AS SELECT msg, worst(sev) AS sev FROM log_line GROUP BY msg;
CREATE PROCEDURE purge_below(min_sev severity) LANGUAGE sql
BEGIN ATOMIC DELETE FROM log_line WHERE sev < min_sev; END;
