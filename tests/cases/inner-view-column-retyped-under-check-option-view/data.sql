INSERT INTO reservation VALUES (1, 4, 'A'), (2, 40, 'B');
