CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE tenants (
  id integer PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE users (
  id integer PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants (id),
  email text NOT NULL,
  CONSTRAINT users_tenant_id_id_key UNIQUE (tenant_id, id)
);
CREATE TABLE teams (
  id integer PRIMARY KEY,
  tenant_id integer NOT NULL,
  name text NOT NULL,
  lead_user_id integer,
  CONSTRAINT teams_lead_fk FOREIGN KEY (tenant_id, lead_user_id) REFERENCES users (tenant_id, id) ON DELETE SET NULL (lead_user_id),
  CONSTRAINT teams_tenant_id_id_key UNIQUE (tenant_id, id)
);
CREATE TABLE memberships (
  tenant_id integer NOT NULL,
  team_id integer NOT NULL,
  user_id integer NOT NULL,
  external_ref text,
  role text NOT NULL DEFAULT 'member',
  PRIMARY KEY (team_id, user_id),
  CONSTRAINT memberships_team_fk FOREIGN KEY (tenant_id, team_id) REFERENCES teams (tenant_id, id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT memberships_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT memberships_role_check CHECK (role IN ('member', 'admin'))
);
CREATE UNIQUE INDEX memberships_ext_key ON memberships (tenant_id, external_ref) NULLS NOT DISTINCT;
COMMENT ON INDEX memberships_ext_key IS 'one membership per external id, at most one without';
CREATE TABLE sync_cursors (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL,
  external_ref text,
  cursor text,
  CONSTRAINT sync_cursors_membership_fk FOREIGN KEY (tenant_id, external_ref) REFERENCES memberships (tenant_id, external_ref) ON DELETE CASCADE
);
CREATE TABLE seat_assignments (
  id serial PRIMARY KEY,
  tenant_id integer NOT NULL REFERENCES tenants (id),
  user_id integer NOT NULL,
  seat text NOT NULL,
  during tstzrange NOT NULL,
  released boolean NOT NULL DEFAULT false,
  CONSTRAINT seat_user_fk FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) DEFERRABLE,
  CONSTRAINT seat_no_overlap EXCLUDE USING gist (tenant_id WITH =, seat WITH =, during WITH &&) WHERE (NOT released)
);
CREATE VIEW team_roster AS
  SELECT t.tenant_id, t.name AS team, u.email, m.role, m.external_ref
  FROM teams t JOIN memberships m ON m.team_id = t.id AND m.tenant_id = t.tenant_id
  JOIN users u ON u.id = m.user_id AND u.tenant_id = m.tenant_id;
