INSERT INTO price_list VALUES (1, '{100,250}', 5), (2, '{}', NULL), (3, '{0}', 0);
