CREATE TABLE products (id int PRIMARY KEY, name text);
CREATE FUNCTION all_products() RETURNS SETOF products LANGUAGE sql STABLE AS 'SELECT * FROM products';
CREATE VIEW product_list AS SELECT * FROM all_products();
