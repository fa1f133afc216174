INSERT INTO person VALUES (1, ('Main St', 'Oslo')), (2, NULL);
INSERT INTO address VALUES ('x', 'y');
