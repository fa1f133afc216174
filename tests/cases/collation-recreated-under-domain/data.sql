INSERT INTO p VALUES (1, 'Alpha'), (2, 'beta');
