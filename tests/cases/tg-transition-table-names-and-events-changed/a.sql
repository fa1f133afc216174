CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE TABLE stock_audit (sku text, old_qty int, new_qty int);
CREATE FUNCTION audit_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stock_audit SELECT n.sku, o.qty, n.qty FROM new_rows n JOIN old_rows o USING (sku);
  RETURN NULL;
END $$;
CREATE TRIGGER stock_audit_upd AFTER UPDATE ON stock REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_stock();
