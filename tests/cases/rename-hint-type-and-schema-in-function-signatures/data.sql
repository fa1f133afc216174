INSERT INTO shop.visits VALUES (1, 'ok', (3, 50)), (2, 'sad', (0, 99));
