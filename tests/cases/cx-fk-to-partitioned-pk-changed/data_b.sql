INSERT INTO event VALUES (1, '2024-05-01', 'a'), (2, '2025-05-01', 'b');
INSERT INTO attendee VALUES (1, 1, '2024-05-01'), (2, 2, '2025-05-01');
