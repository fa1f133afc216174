CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE FUNCTION on_new_table() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() WHERE command_tag = 'CREATE TABLE' LOOP
    EXECUTE format('CREATE TRIGGER touch BEFORE UPDATE ON %s FOR EACH ROW EXECUTE FUNCTION touch()', r.object_identity);
  END LOOP;
END $$;
CREATE EVENT TRIGGER new_table ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION on_new_table();
CREATE TABLE t (id int);
