INSERT INTO offer VALUES (1, '[bronze,silver]'), (2, '[silver,platinum)');
