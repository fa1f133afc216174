INSERT INTO review VALUES (1, 4, 'ok'), (2, 9, 'great');
