CREATE SCHEMA saas;
CREATE FUNCTION saas.current_tenant() RETURNS bigint LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;
CREATE TABLE saas.tenants (
  id bigint PRIMARY KEY,
  slug text NOT NULL UNIQUE,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  plan text NOT NULL DEFAULT 'trial'
);
CREATE TABLE saas.users (
  tenant_id bigint NOT NULL REFERENCES saas.tenants(id) ON DELETE CASCADE,
  id integer NOT NULL,
  email text NOT NULL,
  deleted_at timestamptz,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX users_tenant_email_live_key ON saas.users (tenant_id, lower(email)) WHERE deleted_at IS NULL;
CREATE TABLE saas.projects (
  tenant_id bigint NOT NULL REFERENCES saas.tenants(id) ON DELETE CASCADE,
  id integer NOT NULL,
  owner_id integer NOT NULL,
  name text NOT NULL,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived', 'deleted')),
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, owner_id) REFERENCES saas.users (tenant_id, id) ON DELETE RESTRICT
);
CREATE INDEX projects_owner_idx ON saas.projects (tenant_id, owner_id);
CREATE TABLE saas.api_keys (
  tenant_id bigint NOT NULL REFERENCES saas.tenants(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id integer NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, user_id) REFERENCES saas.users (tenant_id, id) ON DELETE CASCADE
);
ALTER TABLE saas.users ENABLE ROW LEVEL SECURITY;
ALTER TABLE saas.projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE saas.api_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON saas.users TO app_writer USING (tenant_id = saas.current_tenant() AND deleted_at IS NULL);
CREATE POLICY tenant_isolation ON saas.projects TO app_writer USING (tenant_id = saas.current_tenant()) WITH CHECK (tenant_id = saas.current_tenant());
CREATE POLICY tenant_isolation ON saas.api_keys TO app_writer USING (tenant_id = saas.current_tenant());
CREATE VIEW saas.active_projects WITH (security_barrier) AS
  SELECT p.tenant_id, p.id, p.name, u.email AS owner_email
  FROM saas.projects p JOIN saas.users u ON u.tenant_id = p.tenant_id AND u.id = p.owner_id
  WHERE p.status = 'active' AND u.deleted_at IS NULL;
CREATE MATERIALIZED VIEW saas.tenant_stats AS
  SELECT t.id AS tenant_id, t.plan, count(DISTINCT u.id) AS users, count(DISTINCT p.id) AS projects
  FROM saas.tenants t LEFT JOIN saas.users u ON u.tenant_id = t.id LEFT JOIN saas.projects p ON p.tenant_id = t.id
  GROUP BY t.id, t.plan;
CREATE UNIQUE INDEX tenant_stats_pk ON saas.tenant_stats (tenant_id);
GRANT USAGE ON SCHEMA saas TO app_writer;
GRANT SELECT, INSERT, UPDATE, DELETE ON saas.users, saas.projects, saas.api_keys TO app_writer;
GRANT SELECT ON saas.active_projects TO app_writer;
