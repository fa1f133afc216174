DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ext_acl_api') THEN CREATE ROLE ext_acl_api NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ext_acl_admin') THEN CREATE ROLE ext_acl_admin NOLOGIN; END IF;
END $$;
CREATE EXTENSION pgcrypto;
CREATE EXTENSION pg_stat_statements;
REVOKE EXECUTE ON FUNCTION gen_random_bytes(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION gen_random_bytes(integer) TO ext_acl_api WITH GRANT OPTION;
REVOKE SELECT ON pg_stat_statements FROM PUBLIC;
GRANT SELECT ON pg_stat_statements TO ext_acl_admin;
