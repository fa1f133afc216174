INSERT INTO p_qty VALUES (5);
INSERT INTO p_sku VALUES ('AB');
INSERT INTO line (id, sku, qty, note) VALUES (1, 'X1', 2, 'n'), (2, 'Y2', 3000, NULL);
