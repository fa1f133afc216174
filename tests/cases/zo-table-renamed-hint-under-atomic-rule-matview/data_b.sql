INSERT INTO page_view VALUES (1, '/', 3), (2, '/a', 1);
