CREATE TABLE tasks (id int PRIMARY KEY, done bool NOT NULL DEFAULT false, title text);
CREATE VIEW open_tasks WITH (security_barrier = true, check_option = local) AS SELECT id, done, title FROM tasks WHERE NOT done;
