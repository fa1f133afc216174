DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE FUNCTION greet(who text, greeting text DEFAULT 'hello') RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path = pg_catalog AS $$ SELECT greeting || ', ' || who $$;
REVOKE ALL ON FUNCTION greet(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION greet(text, text) TO zg_reader, zg_writer;
COMMENT ON FUNCTION greet(text, text) IS 'polite';
CREATE VIEW greetings AS SELECT greet('world') AS g;
GRANT SELECT ON greetings TO zg_reader;
