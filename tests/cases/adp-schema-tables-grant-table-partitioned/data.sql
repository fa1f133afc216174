INSERT INTO app.events VALUES (1,'2024-03-01','x'),(2,'2024-07-01','y');
