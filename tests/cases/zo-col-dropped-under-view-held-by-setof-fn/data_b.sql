INSERT INTO employee VALUES (1, 'ann', 'sales'), (2, 'bo', 'ops');
