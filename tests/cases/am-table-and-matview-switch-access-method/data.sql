INSERT INTO events VALUES (1, 'a', '2024-01-01'), (2, 'b', '2024-01-02');
