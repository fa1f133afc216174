INSERT INTO ticket VALUES (1, 'closed'), (2, 'waiting');
