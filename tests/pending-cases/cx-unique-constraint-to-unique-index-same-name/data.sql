INSERT INTO users VALUES (1, 'a@x.org'), (2, 'B@x.org');
