CREATE TABLE zz_tenant_config (tenant int PRIMARY KEY, plan text NOT NULL DEFAULT 'free');
CREATE FUNCTION default_plan() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT coalesce((SELECT plan FROM zz_tenant_config LIMIT 1), 'free') $$;
CREATE TABLE accounts (id int PRIMARY KEY, name text NOT NULL, plan text DEFAULT default_plan());
