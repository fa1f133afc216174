INSERT INTO app.users (nick, m) VALUES ('ann', 'happy'), ('bob', 'ok'), ('cy', 'sad');
INSERT INTO app.posts VALUES (1, 'ann'), (2, 'bob');
