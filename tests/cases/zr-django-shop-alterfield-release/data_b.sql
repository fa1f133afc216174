INSERT INTO shop_category (name, slug, parent_id) VALUES ('Books', 'books', NULL), ('Sci-Fi', 'sci-fi', 1);
INSERT INTO shop_product (name, sku, price, stock, category_id, created, is_active) VALUES
 ('Dune', 'BK-0001', 9.99, 12, 2, '2022-05-01 10:00:00+00', true),
 ('Dune (1965)', 'BK-0001-OLD', 7.99, 0, 2, '2021-05-01 10:00:00+00', false);
INSERT INTO shop_product_tags (product_id, tag) VALUES (1, 'classic'), (1, 'desert');
