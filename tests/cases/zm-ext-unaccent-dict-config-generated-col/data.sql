INSERT INTO articles (id, title) VALUES (1, 'Crème brûlée 12345'), (2, 'Élan 7');
