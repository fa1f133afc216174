DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE counter (k text PRIMARY KEY, n int NOT NULL DEFAULT 0);
CREATE PROCEDURE bump(k text, by_n int, INOUT total int DEFAULT NULL) LANGUAGE sql AS $$ UPDATE counter SET n = n + by_n WHERE counter.k = bump.k RETURNING n $$;
REVOKE EXECUTE ON PROCEDURE bump(text, int, int) FROM PUBLIC;
REVOKE EXECUTE ON PROCEDURE bump(text, int, int) FROM CURRENT_USER;
GRANT EXECUTE ON PROCEDURE bump(text, int, int) TO zg_writer WITH GRANT OPTION;
COMMENT ON PROCEDURE bump(text, int, int) IS 'add to a counter';
