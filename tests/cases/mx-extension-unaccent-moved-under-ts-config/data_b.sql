INSERT INTO article (id, title) VALUES (1, 'Crème brûlée à la carte'), (2, 'Café');
