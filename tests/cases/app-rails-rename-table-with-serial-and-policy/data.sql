INSERT INTO line_items (sku, qty, owner_name, created_at) VALUES ('A-1', 2, 'ann', '2024-01-01 00:00:00'), ('B-2', 0, NULL, '2024-01-02 00:00:00');
INSERT INTO shipments (line_item_id) VALUES (1), (2);
