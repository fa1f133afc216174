INSERT INTO customer VALUES (1, 'Anna'), (2, 'bob'), (2, 'Carl');
