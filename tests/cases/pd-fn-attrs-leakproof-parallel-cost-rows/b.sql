-- Routine attributes change in place while the functions are used by an index,
-- a security_barrier view, a policy and a set-returning view.
CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, tenant int NOT NULL, active boolean DEFAULT true);
CREATE FUNCTION norm_email(e text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE COST 5
  AS $$ SELECT lower(trim(e)) $$;
CREATE FUNCTION same_tenant(a int, b int) RETURNS boolean LANGUAGE sql IMMUTABLE LEAKPROOF PARALLEL SAFE
  AS $$ SELECT a = b $$;
CREATE FUNCTION active_accounts(t int) RETURNS SETOF accounts LANGUAGE sql STABLE PARALLEL RESTRICTED ROWS 50 COST 200
  AS $$ SELECT * FROM accounts WHERE tenant = t AND active $$;
CREATE FUNCTION heavy_score(x int) RETURNS numeric LANGUAGE plpgsql IMMUTABLE CALLED ON NULL INPUT COST 1000
  AS $$ BEGIN RETURN x * 1.5; END $$;
CREATE UNIQUE INDEX accounts_email_norm ON accounts (norm_email(email));
CREATE VIEW tenant_one WITH (security_barrier) AS
  SELECT id, email FROM accounts WHERE same_tenant(tenant, 1);
CREATE VIEW tenant_one_active AS SELECT id, email FROM active_accounts(1);
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_iso ON accounts USING (same_tenant(tenant, 1));
