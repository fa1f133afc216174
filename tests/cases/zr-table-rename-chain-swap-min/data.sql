INSERT INTO events VALUES (1,'a'),(2,'b'); INSERT INTO events_new VALUES (3,'c','x');
