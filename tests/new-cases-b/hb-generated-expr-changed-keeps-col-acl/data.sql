INSERT INTO people (id, first, last) VALUES (1,'Ann','Lee');
