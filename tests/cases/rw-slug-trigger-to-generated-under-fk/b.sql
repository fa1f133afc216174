CREATE TABLE workspaces (
  id integer PRIMARY KEY,
  name varchar(60) NOT NULL,
  slug text GENERATED ALWAYS AS (lower(replace(name::text, ' ', '-'))) STORED,
  CONSTRAINT workspaces_slug_key UNIQUE (slug)
);
CREATE INDEX workspaces_slug_prefix_idx ON workspaces (slug text_pattern_ops);
COMMENT ON INDEX workspaces_slug_prefix_idx IS 'slug LIKE prefix search';
CREATE TABLE invites (
  id serial PRIMARY KEY,
  workspace_slug text NOT NULL REFERENCES workspaces (slug) ON UPDATE CASCADE,
  email text NOT NULL
);
CREATE VIEW workspace_invites AS SELECT w.slug, i.email FROM workspaces w JOIN invites i ON i.workspace_slug = w.slug;
