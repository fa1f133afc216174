INSERT INTO payment VALUES (1, ('EUR', 10.5)), (2, ('USD', 3)), (3, ('CHF', 7.25));
