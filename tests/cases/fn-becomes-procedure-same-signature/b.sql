CREATE TABLE sessions (id bigint PRIMARY KEY, expires timestamptz NOT NULL);
CREATE PROCEDURE purge_sessions(older_than interval) LANGUAGE sql
  AS $$ DELETE FROM sessions WHERE expires < now() - older_than $$;
GRANT EXECUTE ON PROCEDURE purge_sessions(interval) TO app_writer;
COMMENT ON PROCEDURE purge_sessions(interval) IS 'housekeeping';
