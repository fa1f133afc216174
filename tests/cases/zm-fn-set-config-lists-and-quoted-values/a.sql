CREATE SCHEMA "App Core";
CREATE SCHEMA util;
CREATE FUNCTION util.now_text() RETURNS text LANGUAGE sql STABLE AS $$ SELECT now()::text $$;
CREATE FUNCTION "App Core"."report$run"(p_from date) RETURNS int LANGUAGE plpgsql
  SET search_path = util, pg_temp
  SET work_mem = '64MB'
AS $$ BEGIN RETURN 1; END $$;
CREATE PROCEDURE "App Core".refresh_all() LANGUAGE sql SET statement_timeout = 0 AS $$ SELECT 1 $$;
