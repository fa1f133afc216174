-- Event triggers change their tag filter (re-created), their enabled state (ALWAYS, REPLICA)
-- and comment; one on sql_drop is new; their function's body changes.
CREATE FUNCTION guard() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl: %', tg_tag; END $$;
CREATE EVENT TRIGGER guard_start ON ddl_command_start WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION guard();
CREATE EVENT TRIGGER guard_end ON ddl_command_end EXECUTE FUNCTION guard();
COMMENT ON EVENT TRIGGER guard_end IS 'logs';
