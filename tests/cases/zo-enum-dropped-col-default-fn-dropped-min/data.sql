INSERT INTO job VALUES (1, 'doing'), (2, 'done');
