INSERT INTO file VALUES (1, 'file10'), (2, 'file9'), (3, 'File1');
