INSERT INTO articles (title, body, meta) VALUES ('Postgres tips', 'Use indexes', '{"lang": "en", "author": "ann"}'), ('Hola', 'mundo', '{"lang": "es"}');
