INSERT INTO price_point VALUES (('EUR', 10.5), 'ten'), (('USD', 3), 'three'), (('CHF', 7.25), NULL);
INSERT INTO payment VALUES (1, ('EUR', 10.5)), (2, ('USD', 3)), (3, ('USD', 3));
