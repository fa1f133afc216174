INSERT INTO docs VALUES (1, '2024-01-05', repeat('abc', 1000));
