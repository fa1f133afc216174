INSERT INTO product VALUES (1, 10); INSERT INTO price_history VALUES ((1, 10)), (NULL);
