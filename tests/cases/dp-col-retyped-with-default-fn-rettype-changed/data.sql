INSERT INTO ticket (id, code, title) VALUES (1, '17', 'a'), (2, '18', 'b');
