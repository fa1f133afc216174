CREATE TABLE workspaces (
  id integer PRIMARY KEY,
  name varchar(60) NOT NULL,
  slug varchar(60) GENERATED ALWAYS AS (lower(replace(name, ' ', '-'))) STORED,
  CONSTRAINT workspaces_slug_key UNIQUE (slug)
);
CREATE STATISTICS workspaces_slug_stats (ndistinct) ON id, slug FROM workspaces;
CREATE TABLE invites (
  id serial PRIMARY KEY,
  workspace_slug varchar(60) NOT NULL REFERENCES workspaces (slug) ON UPDATE CASCADE,
  email text NOT NULL
);
