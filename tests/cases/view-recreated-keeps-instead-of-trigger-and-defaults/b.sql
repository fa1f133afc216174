-- An updatable facade view must be re-created because its base column is retyped (text -> int
-- is not possible under a view); its INSTEAD OF trigger, column default, column grants and
-- comment must come back.
CREATE TABLE reading (id int PRIMARY KEY, sensor text NOT NULL, value int NOT NULL);
CREATE VIEW reading_api AS SELECT id, sensor, value FROM reading;
ALTER VIEW reading_api ALTER COLUMN sensor SET DEFAULT 'default-sensor';
CREATE FUNCTION reading_api_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO reading VALUES (NEW.id, NEW.sensor, NEW.value); RETURN NEW; END $$;
CREATE TRIGGER reading_api_ins INSTEAD OF INSERT ON reading_api FOR EACH ROW EXECUTE FUNCTION reading_api_ins();
GRANT SELECT (id, value), INSERT ON reading_api TO app_writer;
COMMENT ON VIEW reading_api IS 'write path for sensors';
COMMENT ON TRIGGER reading_api_ins ON reading_api IS 'route inserts';
