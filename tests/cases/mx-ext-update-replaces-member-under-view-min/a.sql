CREATE EXTENSION pg_stat_statements VERSION '1.4';
CREATE VIEW q AS SELECT queryid, calls FROM pg_stat_statements;
