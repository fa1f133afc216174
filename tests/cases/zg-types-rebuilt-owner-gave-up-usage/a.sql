DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TYPE color AS ENUM ('red', 'green', 'blue', 'mauve');
REVOKE ALL ON TYPE color FROM PUBLIC;
REVOKE ALL ON TYPE color FROM CURRENT_USER;
GRANT USAGE ON TYPE color TO zg_reader;
CREATE DOMAIN rgb_hex AS varchar(7) CHECK (VALUE ~ '^#[0-9a-f]{6}$');
REVOKE USAGE ON DOMAIN rgb_hex FROM CURRENT_USER, PUBLIC;
CREATE TABLE swatch (id int PRIMARY KEY, c color, hex rgb_hex);
CREATE SEQUENCE swatch_batch AS int;
REVOKE ALL ON SEQUENCE swatch_batch FROM CURRENT_USER;
GRANT SELECT ON SEQUENCE swatch_batch TO CURRENT_USER;
