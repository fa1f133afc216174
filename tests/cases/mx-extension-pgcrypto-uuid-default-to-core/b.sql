CREATE DOMAIN pw_hash AS text CHECK (VALUE LIKE '$2a$%');
CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  login text NOT NULL,
  pw pw_hash,
  fingerprint text DEFAULT encode(sha256('seed'::bytea), 'hex')
);
CREATE TABLE session (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id uuid REFERENCES app_user (id));
CREATE FUNCTION hash_login() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN NEW.fingerprint := encode(sha256(convert_to(NEW.login, 'UTF8')), 'hex'); RETURN NEW; END $$;
CREATE TRIGGER app_user_hash BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION hash_login();
