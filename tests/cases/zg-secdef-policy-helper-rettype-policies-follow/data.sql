INSERT INTO post VALUES (1, 7, 'hi', true), (2, 8, 'draft', false);
