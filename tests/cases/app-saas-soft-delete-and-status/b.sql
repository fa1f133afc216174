CREATE TABLE accounts (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  plan varchar(20) NOT NULL DEFAULT 'free' CHECK (plan IN ('free', 'team', 'enterprise')),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE TABLE users (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  email varchar(255) NOT NULL,
  display_name varchar(80),
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_live_key ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX users_account_id_idx ON users (account_id) WHERE deleted_at IS NULL;
CREATE TABLE projects (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name varchar(120) NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  deleted_at timestamptz
);
CREATE UNIQUE INDEX projects_account_id_name_key ON projects (account_id, name) WHERE deleted_at IS NULL;
CREATE TABLE tasks (
  id serial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  assignee_id integer REFERENCES users(id) ON DELETE SET NULL,
  title varchar(200) NOT NULL,
  done boolean NOT NULL DEFAULT false,
  status varchar(20) NOT NULL DEFAULT 'todo' CONSTRAINT tasks_status_check CHECK (status IN ('todo', 'doing', 'done')),
  priority smallint NOT NULL DEFAULT 0,
  due_on date
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id, status);
CREATE VIEW open_tasks AS SELECT t.id, t.title, t.status, p.name AS project FROM tasks t JOIN projects p ON p.id = t.project_id WHERE NOT t.done AND p.deleted_at IS NULL;
