INSERT INTO account VALUES (1, 'ann'), (-2147483648, 'min');
INSERT INTO payment VALUES (10, 1, 500), (11, -2147483648, 0);
