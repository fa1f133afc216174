CREATE SCHEMA monitoring;
CREATE EXTENSION pg_stat_statements WITH SCHEMA monitoring VERSION '1.10';
CREATE VIEW monitoring.slow_queries AS
  SELECT queryid, calls, total_exec_time AS total_ms FROM monitoring.pg_stat_statements WHERE calls > 0;
CREATE FUNCTION monitoring.top_calls() RETURNS bigint LANGUAGE sql STABLE
  BEGIN ATOMIC SELECT max(calls) FROM monitoring.pg_stat_statements; END;
