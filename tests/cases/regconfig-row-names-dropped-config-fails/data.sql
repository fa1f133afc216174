INSERT INTO doc VALUES (1, 'english', 'cats'), (2, 'app_en', 'dogs'), (3, 'app_de', 'Hunde');
