INSERT INTO product VALUES (1, 'pen'), (2, 'ink'), (3, 'paper');
