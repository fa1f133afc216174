INSERT INTO employee VALUES (1, 'ann', 100, 'sales'), (2, 'bo', 90, 'ops');
