INSERT INTO rooms VALUES (1, 'Blue'), (2, 'Red');
INSERT INTO bookings VALUES (1, 1, '2024-05-01 10:00:00+00', '2024-05-01 11:00:00+00', 'a@x.test'), (2, 1, '2024-05-01 11:00:00+00', '2024-05-01 12:00:00+00', 'B@x.test');
