DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE SCHEMA auth;
CREATE FUNCTION auth.uid() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = ''
  AS $$ SELECT nullif(current_setting('app.uid', true), '')::int $$;
REVOKE EXECUTE ON FUNCTION auth.uid() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth.uid() TO zg_reader, zg_writer;
GRANT USAGE ON SCHEMA auth TO zg_reader, zg_writer;
CREATE TABLE post (id int PRIMARY KEY, author int NOT NULL, body text, published boolean NOT NULL DEFAULT false);
ALTER TABLE post ENABLE ROW LEVEL SECURITY;
ALTER TABLE post FORCE ROW LEVEL SECURITY;
CREATE POLICY post_read ON post FOR SELECT TO zg_reader, zg_writer USING (published OR author = auth.uid());
CREATE POLICY post_write ON post FOR UPDATE TO zg_writer USING (author = auth.uid()) WITH CHECK (author = auth.uid());
CREATE POLICY post_no_empty ON post AS RESTRICTIVE FOR INSERT TO PUBLIC WITH CHECK (body <> '');
COMMENT ON POLICY post_read ON post IS 'published or own';
COMMENT ON POLICY post_write ON post IS 'own posts only';
GRANT SELECT, INSERT, UPDATE ON post TO zg_writer;
GRANT SELECT ON post TO zg_reader;
