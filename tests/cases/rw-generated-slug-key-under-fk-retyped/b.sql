CREATE TABLE workspaces (
  id integer PRIMARY KEY,
  name varchar(120) NOT NULL,
  slug varchar(120) GENERATED ALWAYS AS (lower(replace(name, ' ', '-'))) STORED,
  CONSTRAINT workspaces_slug_key UNIQUE (slug)
);
CREATE STATISTICS workspaces_slug_stats (ndistinct) ON id, slug FROM workspaces;
CREATE TABLE invites (
  id serial PRIMARY KEY,
  workspace_slug varchar(120) NOT NULL REFERENCES workspaces (slug) ON UPDATE CASCADE,
  email text NOT NULL
);
