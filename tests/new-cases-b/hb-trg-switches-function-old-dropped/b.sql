CREATE TABLE items (id int PRIMARY KEY, updated_at timestamptz);
CREATE FUNCTION touch_row() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.updated_at := clock_timestamp(); RETURN NEW; END$$;
CREATE TRIGGER items_updated BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch_row();
