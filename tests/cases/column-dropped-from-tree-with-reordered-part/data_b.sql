INSERT INTO m VALUES (1,1,'a'),(2,12,'b');
