INSERT INTO customer VALUES (1, ROW('Main St', 10115, 'Berlin'), ARRAY[ROW('Old Rd', 123, 'Bonn')::address]), (2, NULL, NULL), (3, ROW(NULL, 5, 'x'), '{}');
