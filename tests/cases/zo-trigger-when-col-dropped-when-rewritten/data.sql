INSERT INTO ticket VALUES (1, 'open', 3, false), (2, 'closed', 7, true);
