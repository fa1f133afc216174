CREATE TABLE product (id int PRIMARY KEY, sku text NOT NULL, name text);
CREATE UNIQUE INDEX product_sku_name_ux ON product (sku) INCLUDE (name) WITH (fillfactor = 80);
CREATE TABLE line (id int PRIMARY KEY, sku text REFERENCES product (sku) ON UPDATE CASCADE);
