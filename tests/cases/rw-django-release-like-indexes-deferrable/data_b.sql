INSERT INTO django_content_type (app_label, model) VALUES ('shop', 'product');
INSERT INTO auth_user (password, username, email, is_active, date_joined) VALUES ('x', 'admin', 'admin@example.com', true, '2024-01-01 00:00+00');
INSERT INTO shop_category (slug, name, parent_id, path) VALUES ('root', 'Root', NULL, '/'), ('tools', 'Tools', 1, '/root');
INSERT INTO shop_product (sku, title, price, stock, category_id, created_by_id, is_archived) VALUES ('HAM-1', 'Hammer', 12.50, 3, 2, 1, true);
INSERT INTO shop_product_tags (product_id, tag) VALUES (1, 'steel');
INSERT INTO shop_review (product_id, author_id, rating, body) VALUES (1, 1, 5, 'great');
INSERT INTO django_admin_log (action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) VALUES
 ('2024-01-03 00:00+00', '1', 'Hammer', 1, '[]', 1, 1);
