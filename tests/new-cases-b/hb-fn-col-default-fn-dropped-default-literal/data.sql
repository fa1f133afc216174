INSERT INTO coupons VALUES (1,'C1'),(2,'C2');
