INSERT INTO rooms VALUES (1, 'Ada', 8), (2, 'Turing', 4);
INSERT INTO bookings (room_id, booked_by, during, status) VALUES
 (1, 'ann', '[2024-06-03 09:00+00,2024-06-03 10:00+00)', 'confirmed'),
 (1, 'bob', '[2024-06-03 09:30+00,2024-06-03 10:30+00)', 'cancelled'),
 (1, 'bob', '[2024-06-03 10:00+00,2024-06-03 11:00+00)', 'tentative'),
 (2, 'cy', '[2024-06-03 09:00+00,2024-06-03 12:00+00)', 'confirmed');
