CREATE TABLE stock (sku text PRIMARY KEY, qty int NOT NULL);
CREATE PROCEDURE reserve(s text, n int) LANGUAGE sql
BEGIN ATOMIC
  UPDATE stock SET qty = qty - n WHERE sku = s;
END;
CREATE FUNCTION available(s text) RETURNS int LANGUAGE sql STABLE
BEGIN ATOMIC SELECT qty FROM stock WHERE sku = s; END;
CREATE VIEW stock_free AS SELECT sku, available(sku) AS free FROM stock;
