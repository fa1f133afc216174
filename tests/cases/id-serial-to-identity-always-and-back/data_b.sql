INSERT INTO customer (name) VALUES ('a'), ('b');
INSERT INTO customer OVERRIDING SYSTEM VALUE VALUES (50, 'z');
INSERT INTO note VALUES (1, 50, 'x');
