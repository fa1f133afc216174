CREATE TABLE products (id int PRIMARY KEY, price numeric);
CREATE TABLE price_log (product_id int, old_price numeric, new_price numeric, at timestamptz DEFAULT now());
