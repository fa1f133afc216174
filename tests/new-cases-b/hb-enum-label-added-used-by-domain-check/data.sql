INSERT INTO alerts VALUES (1,'low'),(2,'high');
