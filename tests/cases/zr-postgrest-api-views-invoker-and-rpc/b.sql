CREATE SCHEMA api;
CREATE SCHEMA private;
CREATE TABLE private.lists (
  id serial PRIMARY KEY,
  owner text NOT NULL DEFAULT current_user,
  title text NOT NULL
);
CREATE TABLE private.todos (
  id serial PRIMARY KEY,
  owner text NOT NULL DEFAULT current_user,
  list_id integer REFERENCES private.lists(id) ON DELETE CASCADE,
  task text NOT NULL CHECK (length(task) BETWEEN 1 AND 500),
  done boolean NOT NULL DEFAULT false,
  due date,
  done_at timestamptz
);
ALTER TABLE private.todos ENABLE ROW LEVEL SECURITY;
ALTER TABLE private.lists ENABLE ROW LEVEL SECURITY;
CREATE POLICY todos_owner ON private.todos USING (owner = current_user) WITH CHECK (owner = current_user AND (list_id IS NULL OR EXISTS (SELECT 1 FROM private.lists l WHERE l.id = list_id AND l.owner = current_user)));
CREATE POLICY lists_owner ON private.lists USING (owner = current_user);
CREATE VIEW api.todos WITH (security_invoker = true) AS SELECT id, list_id, task, done, due, done_at FROM private.todos;
CREATE VIEW api.lists WITH (security_invoker = true) AS
  SELECT l.id, l.title, count(t.id) FILTER (WHERE NOT t.done) AS open_count FROM private.lists l LEFT JOIN private.todos t ON t.list_id = l.id GROUP BY l.id;
CREATE FUNCTION api.complete_todo(todo_id integer) RETURNS api.todos LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
  UPDATE private.todos SET done = true, done_at = now() WHERE id = todo_id AND owner = current_user RETURNING id, list_id, task, done, due, done_at
$$;
REVOKE ALL ON FUNCTION api.complete_todo(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.complete_todo(integer) TO app_writer;
GRANT USAGE ON SCHEMA api TO app_reader, app_writer;
GRANT USAGE ON SCHEMA private TO app_reader, app_writer;
GRANT SELECT ON api.todos, api.lists TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON api.todos TO app_writer;
GRANT SELECT ON private.todos, private.lists TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON private.todos, private.lists TO app_writer;
GRANT USAGE, SELECT ON SEQUENCE private.todos_id_seq, private.lists_id_seq TO app_writer;
COMMENT ON SCHEMA api IS 'Todo API v2';
COMMENT ON VIEW api.todos IS 'The things to do';
COMMENT ON VIEW api.lists IS 'Lists with their open counts';
