INSERT INTO page VALUES (1, 'public', 'a'), (2, 'internal', 'b');
