CREATE DOMAIN sku AS varchar(10);
CREATE TABLE products (id int PRIMARY KEY, code sku);
