DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE reading (id bigint GENERATED ALWAYS AS IDENTITY (START 500 INCREMENT 5), sensor int NOT NULL, at timestamptz NOT NULL, v real, PRIMARY KEY (id, at));
GRANT USAGE ON SEQUENCE reading_id_seq TO zg_writer WITH GRANT OPTION;
GRANT SELECT ON SEQUENCE reading_id_seq TO zg_reader;
REVOKE UPDATE ON SEQUENCE reading_id_seq FROM CURRENT_USER;
GRANT INSERT (sensor, at, v) ON reading TO zg_writer;
GRANT SELECT ON reading TO zg_reader;
