CREATE SCHEMA core;
CREATE SCHEMA api;
CREATE TYPE core.plan AS ENUM ('free', 'pro');
CREATE TABLE core.accounts (
  id serial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  plan core.plan NOT NULL DEFAULT 'free',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE VIEW api.accounts AS SELECT id, email, plan, created_at FROM core.accounts;
CREATE FUNCTION api.signup(p_email text) RETURNS api.accounts
LANGUAGE plpgsql SECURITY DEFINER SET search_path = api, core, pg_temp AS $$
DECLARE r api.accounts;
BEGIN
  INSERT INTO accounts (email) VALUES (lower(p_email)) RETURNING id, email, plan, created_at INTO r;
  RETURN r;
END $$;
CREATE FUNCTION api.plan_label(p core.plan) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT initcap(p::text) $$;
CREATE VIEW api.account_cards AS SELECT a.id, a.email, api.plan_label(a.plan) AS plan_label FROM api.accounts a;
GRANT USAGE ON SCHEMA api TO app_reader;
GRANT SELECT ON api.accounts, api.account_cards TO app_reader;
GRANT EXECUTE ON FUNCTION api.signup(text) TO app_writer;
COMMENT ON SCHEMA api IS 'public REST api';
