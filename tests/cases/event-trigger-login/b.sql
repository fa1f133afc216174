-- 17: an event trigger on login (it must not fail: it runs on every connection).
CREATE FUNCTION on_login() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION on_login();
