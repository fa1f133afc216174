INSERT INTO c VALUES ('apple', 1), ('melon', 2), ('kiwi', -1);
