CREATE TABLE products (id int PRIMARY KEY, price numeric);
CREATE TABLE price_log (product_id int, old_price numeric, new_price numeric, at timestamptz DEFAULT now());
CREATE RULE log_price AS ON UPDATE TO products WHERE OLD.price IS DISTINCT FROM NEW.price
  DO ALSO INSERT INTO price_log (product_id, old_price, new_price) VALUES (OLD.id, OLD.price, NEW.price);
COMMENT ON RULE log_price ON products IS 'audit price changes';
