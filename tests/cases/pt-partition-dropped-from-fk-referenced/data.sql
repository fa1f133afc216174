INSERT INTO customer VALUES (1, 'eu'), (2, 'us'), (3, 'xx');
INSERT INTO note VALUES (1, 1, 'eu'), (2, 3, 'xx');
