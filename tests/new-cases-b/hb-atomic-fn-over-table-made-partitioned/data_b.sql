INSERT INTO events VALUES (1,'2024-02-02','a'),(2,'2024-03-03','b');
