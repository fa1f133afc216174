INSERT INTO doc (id, yr, lang, body) VALUES (1, 2024, 'en', 'hello');
