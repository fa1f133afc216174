CREATE VIEW current_settings AS SELECT 'currency'::text AS key, 'EUR'::text AS value;
CREATE FUNCTION default_currency() RETURNS text LANGUAGE plpgsql VOLATILE
  AS $$ BEGIN RETURN (SELECT value FROM current_settings WHERE key = 'currency'); END $$;
CREATE TABLE orders (id int PRIMARY KEY, total numeric NOT NULL, currency text DEFAULT default_currency());
