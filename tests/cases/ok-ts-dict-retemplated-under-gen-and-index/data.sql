INSERT INTO article (id, title, body) VALUES (1, 'Blue widget', 'widget hums loudly'),
  (2, 'Red gadget', 'plain gadget text 42');
