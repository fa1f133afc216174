INSERT INTO tags VALUES (1,'x'),(2,'y');
