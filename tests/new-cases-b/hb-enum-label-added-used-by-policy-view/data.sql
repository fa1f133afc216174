INSERT INTO posts VALUES (1,'private'),(2,'public');
