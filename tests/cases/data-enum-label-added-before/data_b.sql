INSERT INTO alarm VALUES (1, 'low'), (2, 'high');
