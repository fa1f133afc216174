INSERT INTO job (id, prio, batch) VALUES (1, 3, 100), (2, 1, 101), (3, 2, 250);
