INSERT INTO app.ticket (id, state, history, cur) VALUES (1, 'open', '{open}', 'open'), (2, 'closed', '{open,blocked,closed}', NULL), (3, 'blocked', '{open,blocked}', 'blocked');
