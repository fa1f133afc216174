INSERT INTO counter (label) VALUES ('a'), ('b'), ('c');
