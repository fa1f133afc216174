INSERT INTO visits VALUES (1, '2024-02-02', '/Home'), (2, '2024-03-03', '/about');
