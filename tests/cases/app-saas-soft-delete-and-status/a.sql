CREATE TABLE accounts (
  id serial PRIMARY KEY,
  name varchar(120) NOT NULL,
  plan varchar(20) NOT NULL DEFAULT 'free',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE users (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  email varchar(255) NOT NULL,
  display_name varchar(80),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT users_email_key UNIQUE (email)
);
CREATE INDEX users_account_id_idx ON users (account_id);
CREATE TABLE projects (
  id serial PRIMARY KEY,
  account_id integer NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  name varchar(120) NOT NULL,
  UNIQUE (account_id, name)
);
CREATE TABLE tasks (
  id serial PRIMARY KEY,
  project_id integer NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  assignee_id integer REFERENCES users(id),
  title varchar(200) NOT NULL,
  done boolean NOT NULL DEFAULT false,
  due_on date
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
CREATE VIEW open_tasks AS SELECT t.id, t.title, p.name AS project FROM tasks t JOIN projects p ON p.id = t.project_id WHERE NOT t.done;
