INSERT INTO customer VALUES (1, ROW('main st', 1000, 'x')), (2, ROW('side', 2000, 'y'));
