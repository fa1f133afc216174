INSERT INTO customer VALUES (1, 'a@x.test', '12345'), (2, 'b@x.test', NULL);
INSERT INTO purchase VALUES (1, 1, 9.99), (2, 1, 1.00), (3, 2, 5.00);
