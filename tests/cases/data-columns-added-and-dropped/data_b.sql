INSERT INTO author VALUES (1, 'Ann', 'wrote', 'ann.example', true);
INSERT INTO book VALUES (1, 1, 'One');
