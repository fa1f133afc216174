INSERT INTO archive VALUES (1, 'x'), (2, repeat('y', 3000));
