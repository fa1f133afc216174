INSERT INTO tickets VALUES (1,'new'),(2,'closed');
