INSERT INTO ticket VALUES (1, 'open', false), (2, 'closed', true);
