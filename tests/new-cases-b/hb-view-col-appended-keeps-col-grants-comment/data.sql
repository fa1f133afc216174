INSERT INTO staff VALUES (1,'a',10,'x'),(2,'b',20,'y');
