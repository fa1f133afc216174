INSERT INTO doc VALUES (1, 'english', 'cats'), (2, 'app_en', 'dogs');
