INSERT INTO person VALUES (1, 'Ann@x.org', 'ann'), (2, 'bob@x.org', 'Bob'), (3, 'carl@y.org', NULL);
