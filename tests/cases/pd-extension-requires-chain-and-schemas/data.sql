INSERT INTO shops VALUES (1, 52.5, 13.4, '(1,2),(3,4)'), (2, 48.1, 11.6, NULL);
