CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE stock_audit (sku text, old_qty int, new_qty int);
CREATE FUNCTION audit_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stock_audit SELECT n.sku, NULL, n.qty FROM changed n;
  RETURN NULL;
END $$;
CREATE TRIGGER stock_audit_upd AFTER INSERT ON stock REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION audit_stock();
CREATE TRIGGER stock_audit_del AFTER DELETE ON stock REFERENCING OLD TABLE AS gone FOR EACH ROW EXECUTE FUNCTION audit_stock();
