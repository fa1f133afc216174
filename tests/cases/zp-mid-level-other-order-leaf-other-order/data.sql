INSERT INTO fact VALUES (1, 2024, 'api', 1);
