-- pgcrypto's own gen_random_uuid() (shadowed by the core one of the same name, so spelled public.gen_random_uuid()) is
-- the default of several ids; in b pgcrypto is gone and the defaults call the core pg_catalog.gen_random_uuid().
-- A domain CHECK and a trigger function also use pgcrypto in a; in b they use core sha256() / md5().
CREATE EXTENSION pgcrypto;
CREATE DOMAIN pw_hash AS text CHECK (VALUE LIKE '$2a$%');
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT public.gen_random_uuid(),
  login text NOT NULL,
  pw pw_hash,
  fingerprint text DEFAULT encode(public.digest('seed', 'sha256'), 'hex')
);
CREATE TABLE session (id uuid PRIMARY KEY DEFAULT public.gen_random_uuid(), user_id uuid REFERENCES app_user (id));
CREATE FUNCTION hash_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.fingerprint := encode(public.digest(NEW.login, 'sha256'), 'hex'); RETURN NEW; END $$;
CREATE TRIGGER app_user_hash BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION hash_login();
