CREATE TABLE tenants (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE projects (
  id int PRIMARY KEY,
  name text NOT NULL
);
CREATE TABLE tasks (
  id int PRIMARY KEY,
  project_id int NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  title text NOT NULL
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
CREATE TABLE comments (
  id int PRIMARY KEY,
  task_id int NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  body text NOT NULL
);
