INSERT INTO products VALUES (1,'a'),(2,'b');
