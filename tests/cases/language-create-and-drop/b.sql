CREATE SCHEMA pl;
-- plpgsql's own C functions under other names: a language of our own that runs plpgsql.
CREATE FUNCTION pl.call_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION pl.inline_handler(internal) RETURNS void LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION pl.validator(oid) RETURNS void LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
-- Every option, and the bare form; created after their handlers, before the functions in them.
CREATE TRUSTED LANGUAGE plcopy HANDLER pl.call_handler INLINE pl.inline_handler VALIDATOR pl.validator;
CREATE LANGUAGE plbare HANDLER pl.call_handler;
CREATE FUNCTION pl.answer() RETURNS integer LANGUAGE plcopy AS $$BEGIN RETURN 42; END$$;
COMMENT ON LANGUAGE plcopy IS 'plpgsql under another name';
REVOKE USAGE ON LANGUAGE plcopy FROM PUBLIC;
GRANT USAGE ON LANGUAGE plcopy TO app_reader;
