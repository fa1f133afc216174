INSERT INTO visit VALUES (1, '2025-01-01 10:00+00', '/'), (2, '2025-01-02 11:30+00', '/about');
