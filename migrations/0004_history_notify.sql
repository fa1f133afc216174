-- Every change to the migration history (by any schemad, or by hand) notifies channel
-- schemaservice_history when it commits. A schemad that keeps the history of this database
-- cached between History calls LISTENs there and reads again after any notification.
CREATE FUNCTION schemaservice.notify_history() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('schemaservice_history', '');
  RETURN NULL;
END
$$;

CREATE TRIGGER notify_history
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schemaservice.migrations
  FOR EACH STATEMENT EXECUTE FUNCTION schemaservice.notify_history();

CREATE TRIGGER notify_history
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON schemaservice.migration_log
  FOR EACH STATEMENT EXECUTE FUNCTION schemaservice.notify_history();
