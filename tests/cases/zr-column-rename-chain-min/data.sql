INSERT INTO users VALUES (1,'A@x.io','a@x.io'),(2,'b@x.io',NULL);
