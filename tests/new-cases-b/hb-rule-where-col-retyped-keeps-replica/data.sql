INSERT INTO payments VALUES (1, 10, 'paid'), (2, 0, 'open');
