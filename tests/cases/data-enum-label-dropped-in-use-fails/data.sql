INSERT INTO task VALUES (1, 'new', '{new}'), (2, 'legacy', '{legacy}');
