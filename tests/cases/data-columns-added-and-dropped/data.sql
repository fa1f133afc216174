INSERT INTO author VALUES (1, 'Ann', 1950, 'wrote'), (2, 'Bob', NULL, NULL);
INSERT INTO book VALUES (1, 1, 'One'), (2, 1, 'Two'), (3, 2, 'Three'), (4, NULL, 'Anon');
INSERT INTO shelf VALUES (1, 'top'), (2, NULL);
