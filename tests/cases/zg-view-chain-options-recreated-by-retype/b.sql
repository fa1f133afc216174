DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE doc (id int PRIMARY KEY, owner_name varchar(80) NOT NULL, secret boolean NOT NULL DEFAULT false, title text);
CREATE VIEW doc_public WITH (security_barrier) AS SELECT id, owner_name, title FROM doc WHERE NOT secret;
CREATE VIEW doc_mine WITH (security_invoker = true, check_option = cascaded) AS
  SELECT id, owner_name, title FROM doc_public WHERE owner_name = current_user;
GRANT SELECT, INSERT, UPDATE ON doc_mine TO zg_writer;
GRANT UPDATE (title) ON doc_public TO zg_writer;
GRANT SELECT (id, title) ON doc_public TO zg_reader;
COMMENT ON COLUMN doc_mine.owner_name IS 'login of the author';
COMMENT ON VIEW doc_public IS 'what anyone may see';
