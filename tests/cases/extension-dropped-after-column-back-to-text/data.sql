INSERT INTO tag VALUES (1, 'Red'), (2, 'green');
