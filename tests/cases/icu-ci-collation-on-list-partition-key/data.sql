INSERT INTO event VALUES ('eu', 1, 'a'), ('EU', 2, 'b'), ('us', 3, NULL);
