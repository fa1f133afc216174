INSERT INTO issue VALUES (1, 'low'), (2, 'high');
