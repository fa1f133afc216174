INSERT INTO invoice (total) VALUES (10), (20);
