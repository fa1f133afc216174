INSERT INTO p_money VALUES (1);
INSERT INTO p_billing VALUES (2, 'EUR');
INSERT INTO payment VALUES (3, 'USD', 1);
INSERT INTO refund VALUES (4, 'GBP', 2, 'dup');
