INSERT INTO app.ticket (id, state, history) VALUES (1, 'open', '{open}'), (2, 'closed', '{open,blocked,closed}'), (3, 'blocked', '{open,blocked}');
