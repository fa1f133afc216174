INSERT INTO bookings VALUES (1, 1, '[1,5)'), (2, 1, '[5,9)'), (3, 2, '[10,12]');
