INSERT INTO events VALUES (1, 'click', '2024-01-01'), (2, 'noise', '2024-01-02');
