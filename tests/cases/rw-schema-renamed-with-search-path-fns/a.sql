CREATE SCHEMA core;
CREATE SCHEMA api_v1;
CREATE TYPE core.plan AS ENUM ('free', 'pro');
CREATE TABLE core.accounts (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  plan core.plan NOT NULL DEFAULT 'free'
);
CREATE VIEW api_v1.accounts AS SELECT id, email, plan FROM core.accounts;
CREATE FUNCTION api_v1.signup(p_email text) RETURNS api_v1.accounts
LANGUAGE plpgsql SECURITY DEFINER SET search_path = api_v1, core, pg_temp AS $$
DECLARE r api_v1.accounts;
BEGIN
  INSERT INTO accounts (email) VALUES (p_email) RETURNING * INTO r;
  RETURN r;
END $$;
CREATE FUNCTION api_v1.plan_label(p core.plan) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT initcap(p::text) $$;
CREATE VIEW api_v1.account_cards AS SELECT a.id, a.email, api_v1.plan_label(a.plan) AS plan_label FROM api_v1.accounts a;
GRANT USAGE ON SCHEMA api_v1 TO app_reader;
GRANT SELECT ON api_v1.accounts, api_v1.account_cards TO app_reader;
GRANT EXECUTE ON FUNCTION api_v1.signup(text) TO app_writer;
COMMENT ON SCHEMA api_v1 IS 'public REST api';
