CREATE TABLE accounts (id int PRIMARY KEY, email text);
CREATE FUNCTION is_internal(e text, domain text DEFAULT 'corp.example') RETURNS bool LANGUAGE sql IMMUTABLE AS $$SELECT e LIKE '%@' || domain$$;
CREATE FUNCTION flag_internal() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'internal'; RETURN NEW; END$$;
CREATE TRIGGER accounts_internal BEFORE INSERT ON accounts FOR EACH ROW WHEN (is_internal(NEW.email)) EXECUTE FUNCTION flag_internal();
