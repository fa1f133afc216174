INSERT INTO person VALUES ('ann', 'A', '2000-01-01'), ('Bob', DEFAULT, NULL);
