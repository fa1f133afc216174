INSERT INTO accounts VALUES (1,'a@corp.example'),(2,'b@x.org');
