CREATE DOMAIN sku AS varchar(20);
ALTER DOMAIN sku ADD CONSTRAINT sku_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
CREATE TABLE products (id int PRIMARY KEY, code sku);
