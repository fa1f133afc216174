INSERT INTO articles VALUES (1, 'draft'), (2, 'archived');
