DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE DOMAIN percent AS numeric CONSTRAINT percent_range CHECK (VALUE >= 0 AND VALUE <= 100);
COMMENT ON CONSTRAINT percent_range ON DOMAIN percent IS 'a share';
CREATE TABLE discount (id int PRIMARY KEY, code text NOT NULL, pct percent NOT NULL, active boolean NOT NULL DEFAULT true,
  CONSTRAINT discount_code_shape CHECK (code ~ '^[A-Z0-9]+$'));
COMMENT ON CONSTRAINT discount_code_shape ON discount IS 'codes are capitals';
CREATE INDEX discount_code_idx ON discount (code) INCLUDE (pct);
COMMENT ON INDEX discount_code_idx IS 'lookup by code';
CREATE FUNCTION discount_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER discount_guard BEFORE UPDATE ON discount FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION discount_touch();
COMMENT ON TRIGGER discount_guard ON discount IS 'watch changes';
ALTER TABLE discount ENABLE ROW LEVEL SECURITY;
CREATE POLICY discount_read ON discount FOR ALL TO zg_reader USING (active);
COMMENT ON POLICY discount_read ON discount IS 'readers see active codes';
CREATE RULE discount_no_delete AS ON DELETE TO discount WHERE OLD.active DO INSTEAD NOTHING;
COMMENT ON RULE discount_no_delete ON discount IS 'soft delete only';
