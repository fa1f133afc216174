-- A column moves to a custom libc collation (made FROM "C") while extended statistics (plain and expression), a generated
-- column, a trigger WHEN clause, a policy and a partial unique index use it.
CREATE COLLATION bytewise FROM "C";
CREATE TABLE city (
  id int PRIMARY KEY,
  name text COLLATE bytewise NOT NULL,
  country text NOT NULL,
  name_key text GENERATED ALWAYS AS (lower(name)) STORED
);
CREATE STATISTICS city_name_country (ndistinct, dependencies) ON name, country FROM city;
CREATE STATISTICS city_name_expr ON (lower(name)) FROM city;
CREATE UNIQUE INDEX city_name_uk ON city (name) WHERE country = 'UK';
CREATE FUNCTION city_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER city_renamed BEFORE UPDATE ON city FOR EACH ROW WHEN (NEW.name IS DISTINCT FROM OLD.name) EXECUTE FUNCTION city_touch();
ALTER TABLE city ENABLE ROW LEVEL SECURITY;
CREATE POLICY city_hide ON city USING (name <> 'Atlantis');
