INSERT INTO customer (name) VALUES ('a'), ('b'), ('c');
INSERT INTO note VALUES (1, 2, 'x');
