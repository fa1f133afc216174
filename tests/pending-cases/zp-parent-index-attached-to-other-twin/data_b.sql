INSERT INTO hit VALUES (1, '/', '2024-02-01'), (2, '/a', '2024-03-01');
