INSERT INTO customer VALUES (1, 'a@x', 'DE'), (2, NULL, 'FR');
