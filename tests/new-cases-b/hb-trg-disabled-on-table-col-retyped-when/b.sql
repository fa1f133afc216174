CREATE TABLE stock (id int PRIMARY KEY, qty bigint NOT NULL);
CREATE FUNCTION low_stock() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RAISE NOTICE 'low'; RETURN NULL; END$$;
CREATE TRIGGER stock_low AFTER UPDATE OF qty ON stock FOR EACH ROW WHEN (NEW.qty < 5) EXECUTE FUNCTION low_stock();
ALTER TABLE stock DISABLE TRIGGER stock_low;
COMMENT ON TRIGGER stock_low ON stock IS 'warn on low stock';
