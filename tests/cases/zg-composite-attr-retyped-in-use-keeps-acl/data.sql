INSERT INTO customer VALUES (1, ROW('Main 1', '12345', 'X')), (2, NULL);
