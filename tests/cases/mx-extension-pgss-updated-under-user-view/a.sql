-- pg_stat_statements 1.4 -> 1.10: the update drops and re-creates the extension's view (total_time became
-- total_exec_time in 1.8), so a user view and a function reading it must go before ALTER EXTENSION UPDATE and come back after.
CREATE SCHEMA monitoring;
CREATE EXTENSION pg_stat_statements WITH SCHEMA monitoring VERSION '1.4';
CREATE VIEW monitoring.slow_queries AS
  SELECT queryid, calls, total_time AS total_ms FROM monitoring.pg_stat_statements WHERE calls > 0;
CREATE FUNCTION monitoring.top_calls() RETURNS bigint LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT max(calls) FROM monitoring.pg_stat_statements; END;
