-- Replaced in place (CREATE OR REPLACE TRANSFORM): another FROM SQL function, no TO SQL.
CREATE TRANSFORM FOR integer LANGUAGE plpgsql (FROM SQL WITH FUNCTION textregexeq_support(internal));
CREATE SCHEMA pl;
-- plpgsql's own C functions under other names: a language of our own that runs plpgsql.
CREATE FUNCTION pl.call_handler() RETURNS language_handler LANGUAGE c AS '$libdir/plpgsql', 'plpgsql_call_handler';
CREATE FUNCTION pl.inline_handler(internal) RETURNS void LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_inline_handler';
CREATE FUNCTION pl.validator(oid) RETURNS void LANGUAGE c STRICT AS '$libdir/plpgsql', 'plpgsql_validator';
CREATE LANGUAGE plcopy HANDLER pl.call_handler;
-- On a new language and a new function: created after both, dropped before them.
CREATE FUNCTION pl.to_big(internal) RETURNS bigint LANGUAGE internal IMMUTABLE STRICT AS 'int8recv';
CREATE TRANSFORM FOR bigint LANGUAGE plcopy (TO SQL WITH FUNCTION pl.to_big(internal));
COMMENT ON TRANSFORM FOR bigint LANGUAGE plcopy IS 'bigint for plcopy';
