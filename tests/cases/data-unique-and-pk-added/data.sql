INSERT INTO sku VALUES ('A1', '400', 'a'), ('B2', NULL, 'b'), ('C3', NULL, NULL), ('D4', '401', 'd');
