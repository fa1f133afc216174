INSERT INTO product VALUES (1, 10, 'a');
INSERT INTO price_history VALUES ('2026-01-01', (1, 10, 'a')), ('2026-01-02', (2, NULL, 'b "q", c'));
INSERT INTO basket VALUES (ARRAY[(1, 10, 'a')::product, (2, 20, NULL)::product]), ('{}'), (NULL);
