INSERT INTO orders VALUES (1, '2024-05-01', 'A@x.org');
