CREATE TABLE account (id int PRIMARY KEY, tier bigint NOT NULL, balance int NOT NULL);
CREATE TABLE account_log (account_id int, note text);
CREATE FUNCTION is_vip(t bigint) RETURNS boolean LANGUAGE sql IMMUTABLE
BEGIN ATOMIC SELECT t >= 3; END;
CREATE INDEX account_vip ON account (id) WHERE is_vip(tier);
CREATE FUNCTION log_vip() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO account_log VALUES (NEW.id, 'vip change'); RETURN NEW; END $$;
CREATE TRIGGER account_vip_change AFTER UPDATE ON account FOR EACH ROW
  WHEN (is_vip(OLD.tier) <> is_vip(NEW.tier)) EXECUTE FUNCTION log_vip();
CREATE RULE account_no_vip_delete AS ON DELETE TO account WHERE is_vip(OLD.tier) DO INSTEAD NOTHING;
ALTER TABLE account ENABLE ROW LEVEL SECURITY;
CREATE POLICY account_non_vip ON account FOR SELECT USING (NOT is_vip(tier));
