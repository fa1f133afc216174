INSERT INTO doc (id, title, body) VALUES (1, 'Running fast', 'the runners were running'), (2, 'Empty', NULL);
