CREATE TABLE items (id int PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION set_updated() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := now(); RETURN NEW; END$$;
CREATE TRIGGER items_updated BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION set_updated();
