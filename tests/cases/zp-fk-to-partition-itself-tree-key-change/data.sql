INSERT INTO acct VALUES (1, 'biz', 'a'), (2, 'bizpro', 'b'), (3, 'home', 'c');
INSERT INTO invoice VALUES (10, 1, 'biz'), (11, 2, 'bizpro');
