-- Function-level SET clauses: list-valued GUCs, the empty search_path, custom
-- placeholders with spaces and quotes, and SET removed entirely.
CREATE SCHEMA app;
CREATE TABLE app.jobs (id int PRIMARY KEY, payload text, created timestamptz DEFAULT now());
CREATE FUNCTION app.enqueue(p text) RETURNS int LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = ''
  SET lock_timeout = '1s'
  AS $$ DECLARE n int; BEGIN INSERT INTO app.jobs(id, payload) VALUES ((SELECT coalesce(max(id),0)+1 FROM app.jobs), p) RETURNING id INTO n; RETURN n; END $$;
CREATE FUNCTION app.report_day(d date) RETURNS text LANGUAGE sql STABLE
  SET datestyle = 'German, MDY'
  SET "app.label" = 'it''s "weekly"'
  SET work_mem = '64MB'
  AS $$ SELECT d::text || current_setting('app.label') $$;
CREATE FUNCTION app.safe_now() RETURNS timestamptz LANGUAGE sql STABLE
  SET timezone = 'America/New_York'
  SET search_path = "$user", public, "Odd Schema"
  AS $$ SELECT now() $$;
CREATE PROCEDURE app.purge(keep int) LANGUAGE sql
  AS $$ DELETE FROM app.jobs WHERE id <= keep $$;
REVOKE ALL ON FUNCTION app.enqueue(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app.enqueue(text) TO app_writer;
