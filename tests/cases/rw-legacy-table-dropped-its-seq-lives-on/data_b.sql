INSERT INTO orders (customer_id, total_cents, migrated_from_legacy) VALUES (1, 1050, true), (1, 500, false);
