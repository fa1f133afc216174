CREATE VIEW known_countries AS SELECT unnest(ARRAY['DE', 'FR', 'US']) AS code;
CREATE FUNCTION is_country(c text) RETURNS boolean LANGUAGE sql STABLE AS $$ SELECT EXISTS (SELECT 1 FROM known_countries WHERE code = c) $$;
CREATE DOMAIN country_code AS text CHECK (is_country(VALUE));
CREATE TABLE users (id int PRIMARY KEY, country country_code NOT NULL);
