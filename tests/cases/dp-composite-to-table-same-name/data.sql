INSERT INTO person VALUES (1, ('Main St', 'Oslo')), (2, NULL), (3, (NULL, 'Bergen'));
