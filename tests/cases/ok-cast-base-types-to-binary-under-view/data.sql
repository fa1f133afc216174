INSERT INTO item VALUES (1, 'AB-100'), (2, 'ZZ-9');
