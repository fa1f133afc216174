INSERT INTO article VALUES (1, 'draft', '{draft}', NULL), (2, 'live', '{draft,review,live}', 'review'), (3, 'review', '{}', 'draft');
