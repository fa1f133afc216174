INSERT INTO msgs VALUES (1, true), (20, false);
