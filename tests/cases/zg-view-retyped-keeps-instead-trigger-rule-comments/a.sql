DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner') THEN CREATE ROLE zg_owner NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_owner2') THEN CREATE ROLE zg_owner2 NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_reader') THEN CREATE ROLE zg_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_writer') THEN CREATE ROLE zg_writer NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'zg_lead') THEN CREATE ROLE zg_lead NOLOGIN; END IF;
END $$;
CREATE TABLE member (id int PRIMARY KEY, name text NOT NULL, joined date NOT NULL DEFAULT current_date, dues numeric(6,2));
CREATE VIEW member_card AS SELECT id, name, dues FROM member;
ALTER VIEW member_card ALTER COLUMN dues SET DEFAULT 10;
CREATE FUNCTION member_card_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO member (id, name, dues) VALUES (NEW.id, NEW.name, NEW.dues); RETURN NEW; END $$;
CREATE TRIGGER member_card_ins INSTEAD OF INSERT ON member_card FOR EACH ROW EXECUTE FUNCTION member_card_ins();
COMMENT ON TRIGGER member_card_ins ON member_card IS 'route inserts to member';
CREATE RULE member_card_del AS ON DELETE TO member_card DO INSTEAD DELETE FROM member WHERE id = OLD.id;
COMMENT ON RULE member_card_del ON member_card IS 'deletes go to the table';
GRANT SELECT, INSERT, DELETE ON member_card TO zg_writer;
GRANT SELECT (id, name) ON member_card TO zg_reader;
COMMENT ON COLUMN member_card.dues IS 'yearly dues';
