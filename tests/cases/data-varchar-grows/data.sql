INSERT INTO person VALUES (1, 'ann', 'hi'), (2, 'bob''s', NULL), (3, '0123456789', 'abcde'), (4, 'é ü', '');
