CREATE TABLE sessions (id bigint PRIMARY KEY, expires timestamptz NOT NULL);
CREATE FUNCTION purge_sessions(older_than interval) RETURNS void LANGUAGE sql
  AS $$ DELETE FROM sessions WHERE expires < now() - older_than $$;
GRANT EXECUTE ON FUNCTION purge_sessions(interval) TO app_writer;
COMMENT ON FUNCTION purge_sessions(interval) IS 'housekeeping';
