INSERT INTO node VALUES (1, 'Root', 'root'), (2, 'child', 'root.child');
