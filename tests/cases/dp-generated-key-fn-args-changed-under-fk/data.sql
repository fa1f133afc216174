INSERT INTO category (id, name) VALUES (1, 'Big News'), (2, 'Tech'); INSERT INTO post VALUES (10, 'big-news'), (11, NULL);
