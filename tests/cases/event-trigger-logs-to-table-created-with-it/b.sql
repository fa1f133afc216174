-- An audit event trigger whose function writes to a table: in b it is new, with the table
-- and other tables; created before its table, every later DDL statement would fail.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (at timestamptz NOT NULL DEFAULT now(), tag text NOT NULL, obj text);
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    INSERT INTO audit.ddl_log (tag, obj) VALUES (r.command_tag, r.object_identity);
  END LOOP;
END $$;
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit.log_ddl();
CREATE TABLE customer (id int PRIMARY KEY, name text);
CREATE TABLE invoice (id int PRIMARY KEY, customer_id int REFERENCES customer);
