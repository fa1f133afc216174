INSERT INTO bookings VALUES (1, '2024-02-01', 'ann'), (2, '2024-09-01', 'bob');
