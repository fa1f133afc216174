INSERT INTO invoice VALUES (1, (10.5, 'EUR'), ARRAY[(1, 'EUR')::money_amount, (9.5, 'EUR')::money_amount]), (2, NULL, '{}');
