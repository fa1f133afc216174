INSERT INTO visits VALUES (1, 'DE', '/home'), (2, 'FR', '/about');
