INSERT INTO notes VALUES (1,'ann','x'),(2,'bob','y');
