-- Privileges on extension members that differ from what the extension's scripts left
-- (pg_init_privs): revoked from PUBLIC, granted to roles (one with grant option), on a
-- function of one extension and on another's view; the extension's own grants stay as made.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ext_acl_api') THEN CREATE ROLE ext_acl_api NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ext_acl_admin') THEN CREATE ROLE ext_acl_admin NOLOGIN; END IF;
END $$;
CREATE EXTENSION pgcrypto;
CREATE EXTENSION pg_stat_statements;
REVOKE EXECUTE ON FUNCTION digest(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION digest(text, text) TO ext_acl_api;
