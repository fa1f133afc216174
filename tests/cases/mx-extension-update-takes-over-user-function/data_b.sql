INSERT INTO doc VALUES (1, 'annual report'), (2, NULL);
