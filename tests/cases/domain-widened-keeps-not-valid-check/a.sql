CREATE DOMAIN sku AS varchar(10);
CREATE TABLE products (id int PRIMARY KEY, code sku);
INSERT INTO products VALUES (1, 'AB-1'), (2, 'lower');
ALTER DOMAIN sku ADD CONSTRAINT sku_upper CHECK (VALUE = upper(VALUE)) NOT VALID;
