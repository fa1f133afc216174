INSERT INTO tiny (v) VALUES ('a'), ('b'), ('c');
