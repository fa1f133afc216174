INSERT INTO note VALUES (1, 'one'), (2, 'two'), (40, 'forty');
