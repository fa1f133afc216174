-- An audit row trigger (UPDATE OF ... WHEN ...) becomes a statement trigger
-- with transition tables (which may not carry a column list); a constraint
-- trigger changes its WHEN and deferral; the function gets new arguments.
CREATE TABLE prices (sku text PRIMARY KEY, cents int NOT NULL, currency char(3) NOT NULL DEFAULT 'EUR', updated_by text);
CREATE TABLE price_log (sku text, old_cents int, new_cents int, note text);
CREATE FUNCTION log_price() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO price_log VALUES (NEW.sku, OLD.cents, NEW.cents, TG_ARGV[0]);
  RETURN NEW;
END $$;
CREATE FUNCTION log_price_batch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO price_log SELECT n.sku, o.cents, n.cents, TG_ARGV[0]
    FROM new_rows n JOIN old_rows o USING (sku) WHERE n.cents IS DISTINCT FROM o.cents;
  RETURN NULL;
END $$;
CREATE FUNCTION no_negative() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN IF NEW.cents < 0 THEN RAISE EXCEPTION 'negative'; END IF; RETURN NULL; END $$;
CREATE TRIGGER prices_audit AFTER UPDATE OF cents, currency ON prices
  FOR EACH ROW WHEN (OLD.cents IS DISTINCT FROM NEW.cents) EXECUTE FUNCTION log_price('row');
CREATE CONSTRAINT TRIGGER prices_nonneg AFTER INSERT OR UPDATE ON prices
  DEFERRABLE INITIALLY IMMEDIATE FOR EACH ROW WHEN (NEW.cents < 0) EXECUTE FUNCTION no_negative();
