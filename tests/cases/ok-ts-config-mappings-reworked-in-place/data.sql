INSERT INTO page (id, body) VALUES (1, 'hello'), (2, 'mail me');
