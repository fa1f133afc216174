INSERT INTO orders VALUES (1, '2024-01-01 10:00', 'eu'), (2, '2024-01-02 11:00', 'us');
