INSERT INTO perm VALUES (1, B'101', 'a'), (2, B'10110011', 'b');
