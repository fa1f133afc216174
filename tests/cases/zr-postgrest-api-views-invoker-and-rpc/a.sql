CREATE SCHEMA api;
CREATE SCHEMA private;
CREATE TABLE private.todos (
  id serial PRIMARY KEY,
  owner text NOT NULL DEFAULT current_user,
  task text NOT NULL,
  done boolean NOT NULL DEFAULT false,
  due date
);
ALTER TABLE private.todos ENABLE ROW LEVEL SECURITY;
CREATE POLICY todos_owner ON private.todos USING (owner = current_user);
CREATE VIEW api.todos AS SELECT id, task, done, due FROM private.todos;
CREATE FUNCTION api.complete_todo(todo_id integer) RETURNS api.todos LANGUAGE sql SECURITY DEFINER SET search_path = private, pg_temp AS $$
  UPDATE private.todos SET done = true WHERE id = todo_id RETURNING id, task, done, due
$$;
REVOKE ALL ON FUNCTION api.complete_todo(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION api.complete_todo(integer) TO app_writer;
GRANT USAGE ON SCHEMA api TO app_reader, app_writer;
GRANT SELECT ON api.todos TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON api.todos TO app_writer;
GRANT USAGE, SELECT ON SEQUENCE private.todos_id_seq TO app_writer;
COMMENT ON SCHEMA api IS 'Todo API v1';
COMMENT ON VIEW api.todos IS 'The things to do';
