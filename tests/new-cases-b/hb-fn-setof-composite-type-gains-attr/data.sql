INSERT INTO users VALUES (1,'a','a@x'),(2,'b',NULL);
