INSERT INTO note (body) VALUES ('one'), ('two');
