CREATE TABLE products (id int PRIMARY KEY, sku varchar(40) NOT NULL, name text NOT NULL);
CREATE INDEX products_name_prefix ON products ((lower(name) COLLATE "C") text_pattern_ops DESC NULLS FIRST);
CREATE INDEX products_sku_prefix ON products (sku COLLATE "C");
