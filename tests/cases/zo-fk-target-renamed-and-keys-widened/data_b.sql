INSERT INTO customer VALUES (1, 'a'), (2, 'b'); INSERT INTO purchase VALUES (1, 1, 5), (2, 1, 6);
