CREATE TABLE products (id int PRIMARY KEY, sku varchar(40) NOT NULL, name text NOT NULL);
CREATE INDEX products_name_prefix ON products (lower(name) text_pattern_ops);
CREATE INDEX products_sku_prefix ON products (sku varchar_pattern_ops);
