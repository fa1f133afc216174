INSERT INTO orders (item) VALUES ('a'), ('b');
