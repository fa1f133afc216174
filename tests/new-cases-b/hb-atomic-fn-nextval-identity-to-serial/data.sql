INSERT INTO orders (ref) VALUES ('a'), ('b');
