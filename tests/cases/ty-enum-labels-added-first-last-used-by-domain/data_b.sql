INSERT INTO plan VALUES (1, 'gold', 'gold', '{silver}'), (2, 'silver', NULL, NULL);
