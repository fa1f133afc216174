-- A domain's base type widens (ALTER DOMAIN cannot), while a composite type's attribute, a
-- table column of that composite type and a plain column use it, with several named checks.
CREATE DOMAIN sku AS varchar(16)
  CONSTRAINT sku_not_blank CHECK (VALUE <> '')
  CONSTRAINT sku_upper CHECK (VALUE = upper(VALUE));
CREATE TYPE cart_line AS (code sku, qty int);
CREATE TABLE cart (id int PRIMARY KEY, main_sku sku, first_line cart_line);
