CREATE SCHEMA "App Core";
CREATE SCHEMA util;
CREATE FUNCTION util.now_text() RETURNS text LANGUAGE sql STABLE AS $$ SELECT now()::text $$;
CREATE FUNCTION "App Core"."report$run"(p_from date) RETURNS int LANGUAGE plpgsql
  SET search_path = "App Core", util, public, pg_temp
  SET datestyle = 'ISO, DMY'
  SET lock_timeout = '2s'
  SET "application_name" = 'it''s a report'
AS $$ BEGIN RETURN 1; END $$;
CREATE PROCEDURE "App Core".refresh_all() LANGUAGE sql SECURITY DEFINER SET search_path = '' SET statement_timeout = '5min' AS $$ SELECT 1 $$;
