INSERT INTO users VALUES (1, 'DE'), (2, 'US');
