-- A table's column is retyped while a SETOF-rowtype function, a function taking the row type,
-- and a view over the SETOF function depend on the table's row type.
CREATE TABLE product (id int PRIMARY KEY, sku text NOT NULL, price int NOT NULL);
CREATE FUNCTION cheap_products(max_price int) RETURNS SETOF product LANGUAGE sql STABLE
  AS $$ SELECT * FROM product WHERE price <= max_price $$;
CREATE FUNCTION product_label(p product) RETURNS text LANGUAGE sql IMMUTABLE
  AS $$ SELECT p.sku || ':' || p.price $$;
CREATE VIEW cheap_labels AS SELECT c.id, product_label(c) AS label FROM cheap_products(10) c;
