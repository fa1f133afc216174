INSERT INTO shop_category (name, slug) VALUES ('Books', 'books'), ('Music', 'music'), ('Garden', 'garden');
INSERT INTO shop_product (name, sku, price, stock, legacy_code, category_id, created) VALUES
 ('Dune', 'BK-0001', 9.99, 12, 'L1', 1, '2022-05-01 10:00:00+00'),
 ('Neuromancer', 'BK-0002', 8.50, 0, NULL, 1, '2022-05-02 10:00:00+00'),
 ('Kind of Blue', 'MU-0001', 15.00, 4, 'L9', 2, '2022-06-01 10:00:00+00'),
 ('Rake', 'GA-0001', 21.35, 30, NULL, 3, '2022-07-01 10:00:00+00'),
 ('Hose 20m', 'GA-0002', 34.90, 7, NULL, 3, '2022-07-03 10:00:00+00');
