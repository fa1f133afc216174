CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL, reserved int NOT NULL DEFAULT 0);
CREATE PROCEDURE reserve(s text, n int) LANGUAGE sql
BEGIN ATOMIC
  UPDATE stock SET reserved = reserved + n WHERE sku = s;
END;
CREATE FUNCTION available(s text) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT qty - reserved FROM stock WHERE sku = s; END;
CREATE VIEW stock_free AS SELECT sku, available(sku) AS free FROM stock;
