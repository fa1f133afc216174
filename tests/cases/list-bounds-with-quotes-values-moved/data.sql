INSERT INTO owners VALUES (1,'o''brien'),(2,'a,b'),(3,'x$moverows$y'),(4,'plain'),(5,E'tab\there');
