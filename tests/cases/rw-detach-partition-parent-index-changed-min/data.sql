INSERT INTO events VALUES (1, '2024-02-02', 'a');
