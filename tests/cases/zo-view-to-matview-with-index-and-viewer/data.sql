INSERT INTO sale VALUES (1, 'north', 150), (2, 'south', 20), (3, 'north', 5);
