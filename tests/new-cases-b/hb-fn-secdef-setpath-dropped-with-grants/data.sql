INSERT INTO accounts VALUES (1,'ann'),(2,'bob');
