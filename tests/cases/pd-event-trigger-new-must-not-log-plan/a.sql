-- A DDL audit event trigger is switched on in the same release as other schema
-- changes; its log table already exists on both sides. Created before the rest
-- of the plan, it would log the migration's own DDL (pg_dump restores event
-- triggers last for this reason); dropped last on the way back, likewise.
CREATE SCHEMA audit;
CREATE TABLE audit.ddl_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tag text NOT NULL, obj text);
CREATE FUNCTION audit.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
    INSERT INTO audit.ddl_log (tag, obj) VALUES (r.command_tag, r.object_identity);
  END LOOP;
END $$;
CREATE FUNCTION audit.log_drop() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() LOOP
    INSERT INTO audit.ddl_log (tag, obj) VALUES ('DROP', r.object_identity);
  END LOOP;
END $$;
CREATE TABLE customer (id int PRIMARY KEY);
CREATE TABLE legacy (id int PRIMARY KEY);
