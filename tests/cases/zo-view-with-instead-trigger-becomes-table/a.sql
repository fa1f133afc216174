CREATE TABLE contact_store (id int PRIMARY KEY, email text NOT NULL);
CREATE VIEW contact AS SELECT id, email FROM contact_store;
CREATE FUNCTION contact_lower() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.email := lower(NEW.email);
  IF TG_TABLE_NAME = 'contact' AND TG_LEVEL = 'ROW' AND TG_WHEN = 'INSTEAD OF' THEN
    INSERT INTO contact_store VALUES (NEW.id, NEW.email);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER contact_lower INSTEAD OF INSERT ON contact FOR EACH ROW EXECUTE FUNCTION contact_lower();
COMMENT ON TRIGGER contact_lower ON contact IS 'normalise';
