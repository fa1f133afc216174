INSERT INTO coupons VALUES ('SAVE10', 10), ('Spring', 15), ('xmas', 20);
